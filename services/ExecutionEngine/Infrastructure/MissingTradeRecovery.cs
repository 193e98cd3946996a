using GameDay.Messaging;
using Npgsql;

namespace GameDay.ExecutionEngine.Infrastructure;

/// The missing-trades mitigation (seed 000 RB6-B: fetch the venue's trade history, insert the missing trades): every
/// trade in a venue's history at or below the highest sequence recorded here that is not in `trades` is recorded through
/// the fill poller's own TradeRecorder, so its position, order progress and `executions` message come with it, once
/// (trades are unique per venue and trade id). Trades above that sequence are the poller's: they are not missing yet.
public sealed partial class MissingTradeRecovery(
    VenueClient venue, OrderQueries queries, TradeRecorder recorder, NpgsqlDataSource dataSource, ILogger<MissingTradeRecovery> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<MissingTradesRecorded> RecordAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var recorded = new List<string>();
            foreach (var name in VenueOptions.All)
            {
                var reached = await queries.MaxSequenceAsync(name, ct);
                var history = await venue.GetTradeHistoryAsync(name, ct);
                if (!history.IsOk) return new(recorded, $"venue trades ({name}): {history.Outcome} {history.Error}", null);
                var known = (await Db.ListAsync(dataSource, r => r.GetString(0), ct, "SELECT trade_id FROM trades WHERE venue = $1", name))
                    .ToHashSet(StringComparer.Ordinal);
                foreach (var trade in history.Body!.Where(t => t.Sequence <= reached && !known.Contains(t.TradeId)).OrderBy(t => t.Sequence))
                {
                    if (!await recorder.RecordAsync(name, trade with { Venue = name }, ct)) continue;
                    ExecutionMetrics.CountRecoveredTrade(name);
                    LogRecorded(name, trade.TradeId, trade.ClientOrderId, trade.Sequence);
                    recorded.Add($"{name}:{trade.TradeId}:{trade.ClientOrderId}");
                }
            }
            return new(recorded, null, null);
        }
        finally
        {
            _gate.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recorded missing trade {Venue}/{TradeId} ({ClientOrderId}, sequence {Sequence}) from the venue's trade history")]
    private partial void LogRecorded(string venue, string tradeId, string clientOrderId, long sequence);
}

/// What `POST /admin/trades/record-missing` did: the trades recorded (`venue:tradeId:clientOrderId`), and the
/// reconciliation run right after them.
public sealed record MissingTradesRecorded(IReadOnlyList<string> Recorded, string? Error, ReconciliationRun? Reconciliation);
