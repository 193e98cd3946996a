namespace GameDay.Scenarios;

/// <summary>A PromQL query whose value must lie within the bounds (at least one of them is set).</summary>
/// <param name="Query">The PromQL expression.</param>
/// <param name="Min">Lowest accepted value.</param>
/// <param name="Max">Highest accepted value.</param>
/// <param name="Within">See <see cref="Probe.Within"/>.</param>
/// <param name="Line">See <see cref="Probe.Line"/>.</param>
public sealed record MetricProbe(string Query, double? Min, double? Max, TimeSpan? Within, int Line)
    : Probe(Within, Line)
{
    /// <inheritdoc/>
    public override string Describe() => $"metric {Query} {ProbeText.Bounds(Min, Max)}{Polling()}";
}
