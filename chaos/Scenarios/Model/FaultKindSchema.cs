namespace GameDay.Scenarios;

/// <summary>What a fault kind accepts; the fault library supplies one per kind it can inject.</summary>
/// <param name="Kind">The name used in scenario files, e.g. <c>process.kill</c>.</param>
/// <param name="Layer">The failure-catalog layer the kind belongs to.</param>
/// <param name="NeedsTarget">Whether a step of this kind must name a <c>target</c> resource.</param>
/// <param name="Required">The <c>with</c> parameters a step must give.</param>
/// <param name="Optional">The <c>with</c> parameters a step may give.</param>
public sealed record FaultKindSchema(
    string Kind,
    string Layer,
    bool NeedsTarget,
    IReadOnlyList<string> Required,
    IReadOnlyList<string> Optional);
