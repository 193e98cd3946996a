namespace GameDay.Scenarios;

/// <summary>A PromQL query whose value must lie within the bounds (at least one of them is set).</summary>
/// <param name="Query">The PromQL expression; in `expect.recovered`, <see cref="SinceInjection"/> in a range stands for the
/// time since this drill's injection (`increase(x_total[$since_injection])`), so that an earlier drill on the same stack
/// is not counted.</param>
/// <param name="Min">Lowest accepted value.</param>
/// <param name="Max">Highest accepted value.</param>
/// <param name="Within">See <see cref="Probe.Within"/>.</param>
/// <param name="Line">See <see cref="Probe.Line"/>.</param>
public sealed record MetricProbe(string Query, double? Min, double? Max, TimeSpan? Within, int Line)
    : Probe(Within, Line)
{
    /// <summary>The range placeholder of a recovery probe: the whole seconds since the injection.</summary>
    public const string SinceInjection = "$since_injection";

    /// <inheritdoc/>
    public override string Describe() => $"metric {Query} {ProbeText.Bounds(Min, Max)}{Polling()}";
}
