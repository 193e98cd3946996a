using GameDay.ExecutionEngine.Infrastructure;
using GameDay.ExecutionEngine.Model;
using GameDay.Messaging;
using Microsoft.Extensions.Options;

namespace GameDay.ExecutionEngine.Workers;

/// Pulls new trades from both venues after the highest sequence recorded per venue; recording is
/// idempotent on (venue, trade_id), so a trade seen twice is counted once. Sequences are dense, so a jump in
/// them is a report the feed lost: it is counted (`trade_report_gaps_total`), and reconciliation finds the trade.
public sealed class FillPoller(
    VenueClient venue, VenueSession session, TradeRecorder recorder, OrderQueries queries, IOptions<ExecutionOptions> options,
    SchemaReady schema, TimeProvider time, ILogger<FillPoller> logger) : PeriodicWorker(schema, time, logger)
{
    protected override TimeSpan Interval => options.Value.FillPollInterval;

    protected override async Task RunOnceAsync(CancellationToken ct)
    {
        if (!session.IsUsable) return;
        foreach (var name in VenueOptions.All)
        {
            var after = await queries.MaxSequenceAsync(name, ct);
            var trades = await venue.GetTradesAsync(name, after, ct);
            if (!trades.IsOk) continue;
            var previous = after;
            foreach (var trade in trades.Body!.Where(t => t.Sequence > after).OrderBy(t => t.Sequence))
            {
                await recorder.RecordAsync(name, trade, ct);
                // Counted once recorded: a poll that fails before it reads the same gap again from the same sequence.
                if (trade.Sequence > previous + 1) ExecutionMetrics.CountReportGap(name, trade.Sequence - previous - 1);
                previous = trade.Sequence;
            }
        }
    }
}
