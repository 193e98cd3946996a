namespace GameDay.Orchestrator.Model;

/// Turns `count(*) ... GROUP BY state` rows of pg_stat_activity into connection counts. The states
/// PostgreSQL knows are always reported (0 when absent) so that rules on e.g. "idle in
/// transaction" find a series; a null state (background processes) is reported as "unknown".
public static class PostgresActivity
{
    public const string UnknownState = "unknown";

    public static readonly IReadOnlyList<string> KnownStates =
    [
        "active", "idle", "idle in transaction", "idle in transaction (aborted)", "fastpath function call", "disabled",
        UnknownState,
    ];

    public static IReadOnlyList<ConnectionCount> ByState(IEnumerable<(string? State, long Count)> rows)
    {
        var counts = KnownStates.ToDictionary(state => state, _ => 0L);
        foreach (var (state, count) in rows)
        {
            var key = string.IsNullOrEmpty(state) ? UnknownState : state;
            counts[key] = counts.GetValueOrDefault(key) + count;
        }
        return [.. counts.Select(c => new ConnectionCount(c.Key, c.Value))];
    }
}
