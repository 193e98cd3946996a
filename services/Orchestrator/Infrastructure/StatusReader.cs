using GameDay.Orchestrator.Apis;
using GameDay.Orchestrator.Model;
using GameDay.Orchestrator.Streams;

namespace GameDay.Orchestrator.Infrastructure;

/// Builds the PnL status from the database and the current marks; both the API and the monitor use it.
public sealed class StatusReader(
    TradingStateStore store, PositionReader positions, MarkBook marks, LimitsState limits, StatusSnapshot snapshot,
    TimeProvider time)
{
    public async Task<PnlSnapshot> ComputePnlAsync(CancellationToken cancellationToken)
    {
        var pnl = PnlCalculator.Compute(await positions.ReadAsync(cancellationToken), marks.Snapshot());
        snapshot.Update(pnl);
        return pnl;
    }

    public async Task<PnlStatus> ReadAsync(CancellationToken cancellationToken)
    {
        var state = await store.GetAsync(cancellationToken);
        var pnl = await ComputePnlAsync(cancellationToken);
        return PnlStatus.From(state, pnl, limits.Current, time.GetUtcNow());
    }
}
