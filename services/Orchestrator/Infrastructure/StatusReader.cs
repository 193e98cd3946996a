using GameDay.Orchestrator.Apis;
using GameDay.Orchestrator.Model;
using GameDay.Messaging.Quotes;

namespace GameDay.Orchestrator.Infrastructure;

/// Builds the PnL status from the database and the current marks; both the API and the monitor use it.
public sealed class StatusReader(
    TradingStateStore store, PositionReader positions, LatestQuotes marks, LimitsState limits, StatusSnapshot snapshot,
    TimeProvider time)
{
    public async Task<PnlSnapshot> ComputePnlAsync(CancellationToken cancellationToken)
    {
        var pnl = PnlCalculator.Compute(await positions.ReadAsync(cancellationToken), Marks());
        snapshot.Update(pnl);
        return pnl;
    }

    public async Task<PnlStatus> ReadAsync(CancellationToken cancellationToken)
    {
        var state = await store.GetAsync(cancellationToken);
        var pnl = await ComputePnlAsync(cancellationToken);
        return PnlStatus.From(state, pnl, limits.Current, time.GetUtcNow());
    }

    private IReadOnlyDictionary<string, decimal> Marks() =>
        marks.Snapshot().ToDictionary(kv => kv.Key, kv => kv.Value.Price, StringComparer.Ordinal);
}
