using GameDay.Messaging;
using Npgsql;

namespace GameDay.ExecutionEngine.Infrastructure;

/// The missing-trades mitigation (seed 000 RB6-B: fetch the venue's trade history, insert the missing trades): every
/// trade of a venue's history that `trades` lacks (<see cref="MissingTrades.Unrecorded"/>) is recorded through the fill
/// poller's own TradeRecorder, so its position, order progress and `executions` message come with it, once (trades are
/// unique per venue and trade id).
public sealed partial class MissingTradeRecovery(
    VenueClient venue, TradeRecorder recorder, NpgsqlDataSource dataSource, ILogger<MissingTradeRecovery> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<MissingTradesRecorded> RecordAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var history = new List<VenueTrade>();
            foreach (var name in VenueOptions.All)
            {
                var trades = await venue.GetTradeHistoryAsync(name, ct);
                if (!trades.IsOk) return new([], $"venue trades ({name}): {trades.Outcome} {trades.Error}", null);
                history.AddRange(trades.Body!.Select(t => t with { Venue = name }));
            }
            var recordedKeys = (await Db.ListAsync(dataSource, r => r.GetString(0), ct, $"SELECT {MissingTrades.KeySql} FROM trades"))
                .ToHashSet(StringComparer.Ordinal);
            var recorded = new List<string>();
            foreach (var trade in MissingTrades.Unrecorded(history, recordedKeys).OrderBy(t => t.Venue, StringComparer.Ordinal).ThenBy(t => t.Sequence))
            {
                if (!await recorder.RecordAsync(trade.Venue, trade, ct)) continue;
                ExecutionMetrics.CountRecoveredTrade(trade.Venue);
                LogRecorded(trade.Venue, trade.TradeId, trade.ClientOrderId, trade.Sequence);
                recorded.Add($"{trade.Venue}:{trade.TradeId}:{trade.ClientOrderId}");
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
