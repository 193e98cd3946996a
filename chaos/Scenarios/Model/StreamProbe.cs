namespace GameDay.Scenarios;

/// <summary>Limits on a Redis stream: its pending count and lag (of one group, or all) and its length.</summary>
/// <param name="Stream">A contract stream name or its <c>.dlq</c>.</param>
/// <param name="Group">The consumer group whose pending entries count; all groups when <see langword="null"/>.</param>
/// <param name="PendingMax">Highest accepted number of pending entries.</param>
/// <param name="LengthMax">Highest accepted stream length.</param>
/// <param name="LagMax">Highest accepted lag: entries not yet delivered to the group (all groups summed without one). A
/// consumer stuck on one entry keeps its pending count low while its lag grows.</param>
/// <param name="Within">See <see cref="Probe.Within"/>.</param>
/// <param name="Line">See <see cref="Probe.Line"/>.</param>
public sealed record StreamProbe(string Stream, string? Group, long? PendingMax, long? LengthMax, TimeSpan? Within, int Line, long? LagMax = null)
    : Probe(Within, Line)
{
    /// <inheritdoc/>
    public override string Describe()
    {
        var limits = new List<string>(3);
        if (PendingMax is { } pending) limits.Add($"pending <= {pending}");
        if (LagMax is { } lag) limits.Add($"lag <= {lag}");
        if (LengthMax is { } length) limits.Add($"length <= {length}");
        var group = Group is null ? "" : $" group {Group}";
        return $"stream {Stream}{group}: {string.Join(", ", limits)}{Polling()}";
    }
}
