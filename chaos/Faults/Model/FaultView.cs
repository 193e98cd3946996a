namespace GameDay.Chaos;

/// A fault as the API, the CLI and the drill journal show it.
public sealed record FaultView(
    string Id,
    string Kind,
    string Layer,
    string? Target,
    IReadOnlyDictionary<string, string> With,
    string? RunId,
    string State,
    DateTimeOffset InjectedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? RevertedAt,
    string Detail,
    string? RevertDetail,
    string? RevertReason);
