namespace GameDay.Contracts;

/// Resource names of the topology; also the OTEL service names and the service-discovery names.
public static class ResourceNames
{
    public const string Postgres = "postgres";
    public const string TradingDb = "tradingdb";
    /// The incident responder's own server and database: it must keep working while the trading database is down.
    public const string ResponderPostgres = "responder-postgres";
    public const string ResponderDb = "responderdb";
    public const string Redis = "redis";
    public const string Broker = "broker";
    public const string DataIngestor = "data-ingestor";
    public const string SignalGenerator = "signal-generator";
    public const string RiskManager = "risk-manager";
    public const string ExecutionEngine = "execution-engine";
    public const string Orchestrator = "orchestrator";
    public const string IncidentResponder = "incident-responder";
    public const string Prometheus = "prometheus";
    public const string Alertmanager = "alertmanager";
}
