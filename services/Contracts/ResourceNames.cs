namespace GameDay.Contracts;

/// Resource names of the topology; also the OTEL service names and the service-discovery names.
public static class ResourceNames
{
    public const string Postgres = "postgres";
    public const string TradingDb = "tradingdb";
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
