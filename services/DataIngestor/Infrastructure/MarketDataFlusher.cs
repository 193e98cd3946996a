using GameDay.DataIngestor.Model;
using GameDay.Messaging;

namespace GameDay.DataIngestor.Infrastructure;

/// Every `FlushInterval` writes the bars and rejected ticks gathered since the last flush. A
/// failed flush puts them back, so a database outage delays bars but does not lose them.
public sealed partial class MarketDataFlusher(
    BarAggregator bars, RejectedTickLog rejects, MarketDataStore store, DataIngestorOptions options,
    SchemaReady schema, TimeProvider time, ILogger<MarketDataFlusher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await schema.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(options.FlushInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) await FlushAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await FlushAsync(CancellationToken.None);
        }
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        var pendingBars = bars.Drain();
        try
        {
            await store.UpsertBarsAsync(pendingBars, cancellationToken);
        }
        catch (Exception ex)
        {
            bars.Restore(pendingBars);
            if (ex is OperationCanceledException && cancellationToken.IsCancellationRequested) throw;
            LogFlushFailed(ex, "bars", pendingBars.Count);
        }
        var pendingRejects = rejects.Drain();
        try
        {
            await store.InsertRejectsAsync(pendingRejects, cancellationToken);
        }
        catch (Exception ex)
        {
            rejects.Restore(pendingRejects);
            if (ex is OperationCanceledException && cancellationToken.IsCancellationRequested) throw;
            LogFlushFailed(ex, "rejected ticks", pendingRejects.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing {Count} {What} failed; kept for the next flush")]
    private partial void LogFlushFailed(Exception ex, string what, int count);
}
