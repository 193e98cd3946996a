using GameDay.ExecutionEngine.Infrastructure;
using GameDay.Messaging;

namespace GameDay.ExecutionEngine.Workers;

/// Follows the primary venue's mode, so that new orders go to the fallback during maintenance or cancel-only, and
/// the market's state, so that none goes out while the market is closed or halted and they resume when it opens.
public sealed partial class VenueStatusPoller(
    VenueClient venue, VenueRouter router, SchemaReady schema, TimeProvider time, ILogger<VenueStatusPoller> logger)
    : PeriodicWorker(schema, time, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(1);

    protected override async Task RunOnceAsync(CancellationToken ct)
    {
        var status = await venue.GetStatusAsync(VenueOptions.Primary, ct);
        if (status is not { IsOk: true, Body: { } body }) return;
        if (body.Market != router.Market)
        {
            LogMarketChanged(router.Market, body.Market);
            router.MarketReported(body.Market);
        }

        if (body.Mode == router.PrimaryMode) return;
        LogModeChanged(router.PrimaryMode, body.Mode);
        router.PrimaryReported(body.Mode);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Market {From} -> {To}; new orders are sent only while it is open")]
    private partial void LogMarketChanged(string from, string to);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Primary venue mode {From} -> {To}; routing follows")]
    private partial void LogModeChanged(string from, string to);
}
