using GameDay.Contracts;
using GameDay.ExecutionEngine.Model;
using Microsoft.Extensions.Options;

namespace GameDay.ExecutionEngine.Infrastructure;

/// The trading state from `orchestrator.commands` and the periodic `/pnl/status` poll. Unknown (null)
/// until first heard and again when neither source has answered for a while: the submitter then waits.
/// The two sources race (a slow poll answer can arrive after a newer change message), so the state with
/// the newest `ChangedAt` wins; an older report of the same state still counts as "heard from".
public sealed class TradingStateCache(TimeProvider time, IOptions<ExecutionOptions> options)
{
    private readonly Lock _lock = new();
    private volatile Snapshot? _latest;

    /// `ChangedAt`: when the orchestrator changed to this state; `At`: when we last heard it.
    public sealed record Snapshot(string State, string? Reason, DateTimeOffset ChangedAt, DateTimeOffset At);

    public Snapshot? Current
    {
        get
        {
            var latest = _latest;
            return latest is not null && time.GetUtcNow() - latest.At <= options.Value.TradingStateMaxAge ? latest : null;
        }
    }

    public bool? IsHalted => Current is { } s ? s.State == TradingStates.Halted : null;

    public void Update(string state, string? reason, DateTimeOffset changedAt)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            var latest = _latest;
            if (latest is null || changedAt > latest.ChangedAt) _latest = new Snapshot(state, reason, changedAt, now);
            else if (latest.State == state && latest.Reason == reason) _latest = latest with { At = now };
        }
    }
}
