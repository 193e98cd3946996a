using GameDay.Contracts;

namespace GameDay.Orchestrator.Model;

/// The persisted trading state; `Reason` is set while HALTED or REDUCING.
public sealed record TradingStatus(string State, string? Reason, string ChangedBy, DateTimeOffset ChangedAt)
{
    public const string SystemActor = "system";

    public bool IsHalted => State == TradingStates.Halted;

    public bool IsActive => State == TradingStates.Active;

    /// What a run starts with before anyone has changed the state.
    public static TradingStatus Initial(DateTimeOffset at) => new(TradingStates.Active, null, SystemActor, at);
}
