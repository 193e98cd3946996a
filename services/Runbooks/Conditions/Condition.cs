namespace GameDay.Runbooks;

/// A pre- or post-condition of a step, parsed from the condition language of docs/runbook-format.md.
/// Parsing only: the responder evaluates it. `Within` is how long to wait for it to hold (none = now).
public abstract record Condition(TimeSpan? Within);

public enum ResourceState
{
    Healthy,
    Unhealthy,
    Running,
}

/// `resource <name> healthy|unhealthy|running`, or `all resources healthy` (Resource is null).
public sealed record ResourceCondition(string? Resource, ResourceState State, TimeSpan? Within = null) : Condition(Within)
{
    public bool AllResources => Resource is null;
}

/// `trading active`, `trading halted`, `trading halted reason <reason>`.
public sealed record TradingCondition(bool Halted, string? Reason = null, TimeSpan? Within = null) : Condition(Within);

/// `pnl above loss limit`: total PnL is above the negative daily loss limit, so an unhalt would not be halted again at once.
public sealed record PnlAboveLossLimitCondition(TimeSpan? Within = null) : Condition(Within);

public enum StreamMeasure
{
    Pending,
    Lag,
    DlqLength,
}

/// `stream <stream> group <group> pending <op> <N>` or `stream <stream> dlq length <op> <N>` (Group is null).
public sealed record StreamCondition(string Stream, string? Group, StreamMeasure Measure, Comparison Comparison, TimeSpan? Within = null)
    : Condition(Within);

public enum PostgresMeasure
{
    Connections,
    LockWaits,
}

/// `postgres connections <op> <N>`, `postgres lock waits <op> <N>`.
public sealed record PostgresCondition(PostgresMeasure Measure, Comparison Comparison, TimeSpan? Within = null) : Condition(Within);

/// `alert <AlertName> resolved|firing`.
public sealed record AlertCondition(string AlertName, bool Firing, TimeSpan? Within = null) : Condition(Within);

/// `invariants hold`: the catalog's global invariants (`./gameday check`).
public sealed record InvariantsCondition(TimeSpan? Within = null) : Condition(Within);

/// `approval granted`: an operator approved the step (high-risk steps).
public sealed record ApprovalCondition(TimeSpan? Within = null) : Condition(Within);
