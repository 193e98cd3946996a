namespace GameDay.Scenarios;

/// <summary>An HTTP GET against a resource's endpoint that must return <paramref name="Status"/>.</summary>
/// <param name="Resource">A resource name of the topology.</param>
/// <param name="Path">The request path; starts with <c>/</c>.</param>
/// <param name="Status">The expected status code (default 200).</param>
/// <param name="Contains">Text the response body must contain, if set.</param>
/// <param name="Within">See <see cref="Probe.Within"/>.</param>
/// <param name="Line">See <see cref="Probe.Line"/>.</param>
public sealed record HttpProbe(string Resource, string Path, int Status, string? Contains, TimeSpan? Within, int Line)
    : Probe(Within, Line)
{
    /// <inheritdoc/>
    public override string Describe() =>
        $"GET {Resource} {Path} returns {Status}{(Contains is null ? "" : $" containing '{Contains}'")}{Polling()}";
}
