namespace GameDay.Scenarios;

/// <summary>A read-only SQL query (SELECT or WITH) on the trading database whose single value must match.</summary>
/// <param name="Query">The query; it returns one row with one numeric column.</param>
/// <param name="Min">Lowest accepted value.</param>
/// <param name="Max">Highest accepted value.</param>
/// <param name="EqualTo">The exact expected value (YAML key <c>equals</c>; a record cannot have a property named Equals).</param>
/// <param name="Within">See <see cref="Probe.Within"/>.</param>
/// <param name="Line">See <see cref="Probe.Line"/>.</param>
public sealed record SqlProbe(string Query, double? Min, double? Max, double? EqualTo, TimeSpan? Within, int Line)
    : Probe(Within, Line)
{
    /// <inheritdoc/>
    public override string Describe()
    {
        var bounds = (EqualTo, Min ?? Max) switch
        {
            ({ } exact, null) => $"= {ProbeText.Number(exact)}",
            ({ } exact, _) => $"= {ProbeText.Number(exact)} and {ProbeText.Bounds(Min, Max)}",
            _ => ProbeText.Bounds(Min, Max),
        };
        return $"SQL {Query} {bounds}{Polling()}";
    }
}
