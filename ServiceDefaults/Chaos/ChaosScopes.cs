namespace GameDay.ServiceDefaults.Chaos;

/// Where a service can be made to misbehave: its outgoing HTTP calls, its database and Redis calls,
/// and its own message processing. Each scope has one chaos pipeline, `chaos-<scope>`.
public static class ChaosScopes
{
    public const string Http = "http";
    public const string Db = "db";
    public const string Redis = "redis";
    public const string Processing = "processing";

    public static IReadOnlyList<string> All { get; } = [Http, Db, Redis, Processing];

    public static bool IsKnown(string scope) => All.Contains(scope, StringComparer.Ordinal);
}
