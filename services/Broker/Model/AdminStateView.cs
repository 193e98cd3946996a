namespace GameDay.Broker.Model;

/// Every admin-settable value, for `GET /admin/state`.
public sealed record AdminStateView(
    int RequestsPerSecond,
    IReadOnlyList<string> AllowedSources,
    IReadOnlyDictionary<string, string> Modes,
    FaultSettings Faults,
    double ReportGapRate,
    DateTimeOffset SessionTime,
    bool MarketOpen,
    DateTimeOffset? HaltedUntil,
    string? HaltReason,
    AccountView Account);
