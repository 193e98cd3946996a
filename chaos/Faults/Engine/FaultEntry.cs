namespace GameDay.Chaos;

/// The engine's record of one fault (mutable under the engine's gate).
internal sealed class FaultEntry(
    string id, FaultSpec spec, string layer, string conflictKey, IFault fault, DateTimeOffset injectedAt, DateTimeOffset expiresAt)
{
    public string ConflictKey { get; } = conflictKey;
    public string Id { get; } = id;
    public FaultSpec Spec { get; } = spec;
    public IFault Fault { get; } = fault;
    public DateTimeOffset InjectedAt { get; } = injectedAt;
    public DateTimeOffset ExpiresAt { get; } = expiresAt;
    public string State { get; set; } = FaultStates.Injecting;
    public string Detail { get; set; } = "";
    public string? RevertDetail { get; set; }
    public string? RevertReason { get; set; }
    public DateTimeOffset? RevertedAt { get; set; }

    public FaultView View() => new(Id, Spec.Kind, layer, Spec.Target, Spec.With, Spec.RunId, State, InjectedAt, ExpiresAt, RevertedAt, Detail, RevertDetail, RevertReason);
}
