namespace GameDay.Runbooks;

/// The actions the responder implements (docs/runbook-format.md), with their parameters. The one place that
/// lists them: the parser rejects any other name, and the responder checks it has a handler for each.
public static class ActionCatalogue
{
    private const bool Reads = false;
    private const bool Changes = true;

    /// The values `notify {template}` accepts: the seeds' communication templates.
    public static readonly IReadOnlyList<string> NotifyTemplates = ["start", "update", "resolved"];

    private static readonly ActionSpec[] Specs =
    [
        new("resource.status", Reads, ["resource"]),
        new("resource.logs", Reads, ["resource"], ["tail"]),
        new("resource.start", Changes, ["resource"]),
        new("resource.restart", Changes, ["resource"]),
        new("resource.stop", Changes, ["resource"]),
        new("resource.start-all", Changes, []),
        new("resource.restore-config", Changes, ["resource"]),
        new("resource.rollback", Changes, ["resource"]),
        new("resource.config", Reads, ["resource"]),
        new("network.failover-path", Changes, ["resource"]),
        new("trading.status", Reads, []),
        new("trading.halt", Changes, ["reason"]),
        new("trading.unhalt", Changes, [], ["reason"]),
        new("trading.emergency-stop", Changes, []),
        new("postgres.connections", Reads, []),
        new("postgres.terminate-idle", Changes, ["olderThanSeconds"], ["application"]),
        new("postgres.blocking-queries", Reads, []),
        new("postgres.terminate-blocker", Changes, []),
        new("postgres.analyze", Changes, ["table"]),
        new("postgres.invalid-indexes", Reads, []),
        new("postgres.rebuild-invalid-indexes", Changes, []),
        new("redis.info", Reads, [], ["section"]),
        new("streams.pending", Reads, ["stream", "group"]),
        new("streams.claim-stuck", Changes, ["stream", "group", "minIdleMs"]),
        new("streams.dead-letter-stuck", Changes, ["stream", "group"], ["minIdleMs"]),
        new("streams.dlq", Reads, ["stream"]),
        new("streams.requeue-dlq", Changes, ["stream"]),
        new("reconcile.run", Reads, []),
        new("reconcile.latest", Reads, []),
        new("trades.record-missing", Changes, []),
        new("risk.decisions", Reads, [], ["limit"]),
        new("verify.checklist", Reads, []),
        new("notify", Reads, ["template"]),
        new("trading.reduce", Changes, ["reason"]),
        new("venue.status", Reads, [], ["expect"]),
        new("latency.hops", Reads, []),
        new("positions.sync-from-venue", Changes, []),
        new("security.evidence", Reads, ["resource"], ["tail"]),
    ];

    public static readonly IReadOnlyDictionary<string, ActionSpec> Actions =
        Specs.ToDictionary(spec => spec.Name, StringComparer.Ordinal);

    public static IReadOnlyCollection<string> Names => Actions.Keys.ToArray();

    public static bool Contains(string name) => Actions.ContainsKey(name);
}

/// An action: whether it changes the system (only mitigate steps may), the parameters a step must give
/// and those it may give.
public sealed record ActionSpec(string Name, bool ChangesSystem, IReadOnlyList<string> Required, IReadOnlyList<string>? Optional = null)
{
    public IReadOnlyList<string> Allowed => [.. Required, .. Optional ?? []];
}
