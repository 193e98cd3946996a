namespace GameDay.ServiceDefaults.Chaos;

/// The fault the chaos pipelines throw: never a real failure, and it says which scope and run injected it.
public sealed class ChaosInjectedException(string scope, string? runId, string? faultId)
    : Exception($"Chaos fault injected in scope '{scope}' (run {runId ?? "-"}, fault {faultId ?? "-"}).")
{
    public string Scope { get; } = scope;

    public string? RunId { get; } = runId;

    public string? FaultId { get; } = faultId;
}
