namespace GameDay.IncidentResponder.Model;

public sealed record ClassifierSettings(
    IReadOnlySet<string> TradingCriticalServices,
    IReadOnlySet<string> InfrastructureRunbooks,
    IReadOnlySet<string> HaltRunbooks,
    decimal LossLimitProximity)
{
    /// Runbooks of a service that degrades but still works (catalog A: memory leak, high CPU) or of a backlog it left
    /// (dlq-accumulation: the entries it dead-lettered): open exposure does not raise them, since they are not the
    /// failure itself; the failure has its own page (ServiceDown, StreamHandlerErrorRate) when it comes.
    public IReadOnlySet<string> DegradationRunbooks { get; init; } = CatalogDegradations;

    public static readonly IReadOnlySet<string> CatalogDegradations = new HashSet<string> { "memory-leak", "high-cpu", "dlq-accumulation" };

    /// Catalog sections A (processes), B (PostgreSQL), C (Redis and streams) and I (observability).
    public static readonly IReadOnlySet<string> CatalogInfrastructure = new HashSet<string>
    {
        "complete-outage", "service-crash", "crash-loop", "missing-config", "port-in-use", "bad-deployment", "memory-leak",
        "high-cpu", "disk-full", "postgres-down", "connection-pool-exhausted", "slow-queries", "database-corruption",
        "db-network-latency", "redis-down", "consumer-stalled", "dlq-accumulation", "redis-memory-full",
        "monitoring-down", "log-flood",
    };

    public static readonly IReadOnlySet<string> CatalogHalts = new HashSet<string>
    {
        "daily-loss-limit", "daily-target-reached", "manual-halt-drill",
    };

    public static ClassifierSettings Default { get; } = new(
        new HashSet<string> { "execution-engine", "risk-manager", "data-ingestor" },
        CatalogInfrastructure, CatalogHalts, 0.2m);
}
