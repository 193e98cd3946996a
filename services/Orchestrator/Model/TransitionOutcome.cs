namespace GameDay.Orchestrator.Model;

public enum TransitionKind
{
    /// The state or the reason changed.
    Changed,

    /// The request asks for what already holds (e.g. the same halt twice): nothing to write.
    Unchanged,

    /// Not allowed from the current state (e.g. unhalt while ACTIVE).
    Rejected,
}

/// The result of asking the state machine for a transition; `Next` is the state after it.
public sealed record TransitionOutcome(TransitionKind Kind, TradingStatus Next, string? Error = null)
{
    public static TransitionOutcome Changed(TradingStatus next) => new(TransitionKind.Changed, next);

    public static TransitionOutcome Unchanged(TradingStatus current) => new(TransitionKind.Unchanged, current);

    public static TransitionOutcome Rejected(TradingStatus current, string error) => new(TransitionKind.Rejected, current, error);
}
