using GameDay.Contracts;
using GameDay.ExecutionEngine.Model;
using Microsoft.Extensions.Options;

namespace GameDay.ExecutionEngine.Infrastructure;

/// The trading state from `orchestrator.commands` and the periodic `/pnl/status` poll. Unknown (null)
/// until first heard and again when neither source has answered for a while: the submitter then waits.
public sealed class TradingStateCache(TimeProvider time, IOptions<ExecutionOptions> options)
{
    private volatile Snapshot? _latest;

    public sealed record Snapshot(string State, string? Reason, DateTimeOffset At);

    public Snapshot? Current
    {
        get
        {
            var latest = _latest;
            return latest is not null && time.GetUtcNow() - latest.At <= options.Value.TradingStateMaxAge ? latest : null;
        }
    }

    public bool? IsHalted => Current is { } s ? s.State == TradingStates.Halted : null;

    public void Update(string state, string? reason) => _latest = new Snapshot(state, reason, time.GetUtcNow());
}
