using GameDay.Contracts;

namespace GameDay.Orchestrator.Model;

/// Transitions between ACTIVE, HALTED and REDUCING. Reasons must already be parsed
/// (HaltReasonParser). Nothing here unhalts by itself: only an unhalt request leaves HALTED.
public static class TradingStateMachine
{
    public static TransitionOutcome Halt(TradingStatus current, string reason, string actor, DateTimeOffset at) =>
        current.IsHalted && current.Reason == reason
            ? TransitionOutcome.Unchanged(current)
            : TransitionOutcome.Changed(new TradingStatus(TradingStates.Halted, reason, actor, at));

    /// REDUCING: only orders that shrink positions. A halted system stays halted: reducing is
    /// less strict than a halt, so it must not lift one.
    public static TransitionOutcome Reduce(TradingStatus current, string reason, string actor, DateTimeOffset at) =>
        current switch
        {
            { IsHalted: true } => TransitionOutcome.Rejected(current, "Trading is halted; unhalt before switching to REDUCING."),
            { State: TradingStates.Reducing } when current.Reason == reason => TransitionOutcome.Unchanged(current),
            _ => TransitionOutcome.Changed(new TradingStatus(TradingStates.Reducing, reason, actor, at)),
        };

    public static TransitionOutcome Unhalt(TradingStatus current, string actor, DateTimeOffset at) =>
        current.IsActive
            ? TransitionOutcome.Rejected(current, "Trading is not halted.")
            : TransitionOutcome.Changed(new TradingStatus(TradingStates.Active, null, actor, at));
}
