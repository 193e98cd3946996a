namespace GameDay.Scenarios;

/// <summary>One of the global invariants (<see cref="ScenarioFormat.Invariants"/>) used as a probe.</summary>
/// <param name="Name">The invariant's name, e.g. <c>all-healthy</c>.</param>
/// <param name="Within">See <see cref="Probe.Within"/>.</param>
/// <param name="Line">See <see cref="Probe.Line"/>.</param>
public sealed record InvariantProbe(string Name, TimeSpan? Within, int Line) : Probe(Within, Line)
{
    /// <inheritdoc/>
    public override string Describe() => $"invariant {Name}{Polling()}";
}
