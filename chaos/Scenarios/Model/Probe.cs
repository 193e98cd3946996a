namespace GameDay.Scenarios;

/// <summary>A check against the running stack: one item of <c>steady_state</c> or <c>expect.recovered</c>.</summary>
/// <param name="Within">When set, poll until the probe holds for at most this long (recovery probes).</param>
/// <param name="Line">The 1-based line of the probe in its file.</param>
public abstract record Probe(TimeSpan? Within, int Line)
{
    /// <summary>One line for people, used in drill reports, e.g. <c>GET execution-engine /health returns 200</c>.</summary>
    public abstract string Describe();

    private protected string Polling() => Within is { } within ? $" (within {ScenarioDuration.Format(within)})" : string.Empty;
}
