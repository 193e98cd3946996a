namespace GameDay.Scenarios;

/// <summary>A validated chaos drill, read from <c>scenarios/&lt;id&gt;.yaml</c>.</summary>
/// <param name="Id">The failure-catalog id; equal to the file name without <c>.yaml</c>.</param>
/// <param name="Title">One line for people.</param>
/// <param name="Catalog">The catalog ids the drill covers (at least one).</param>
/// <param name="Sources">The seed runbook sections it is written from, as free text.</param>
/// <param name="Layer">One of <see cref="ScenarioFormat.Layers"/>.</param>
/// <param name="Description">Optional prose.</param>
/// <param name="SteadyState">Probes checked before the injection and again after recovery.</param>
/// <param name="Faults">The faults to inject, in file order.</param>
/// <param name="Expect">What must be detected and what recovered means.</param>
/// <param name="Invariants">The global invariants asserted at the end (names from <see cref="ScenarioFormat.Invariants"/>).</param>
/// <param name="File">The path the scenario was loaded from, as given to the loader.</param>
public sealed record Scenario(
    string Id,
    string Title,
    IReadOnlyList<string> Catalog,
    IReadOnlyList<string> Sources,
    string Layer,
    string? Description,
    IReadOnlyList<Probe> SteadyState,
    IReadOnlyList<FaultStep> Faults,
    Expectations Expect,
    IReadOnlyList<string> Invariants,
    string File);
