namespace GameDay.Orchestrator.Model;

/// What one PostgreSQL sample saw of the trading database.
public sealed record PostgresSample(
    IReadOnlyList<ConnectionCount> Connections, long MaxConnections, long LockWaits, double LongestQuerySeconds);

public sealed record ConnectionCount(string State, long Count);
