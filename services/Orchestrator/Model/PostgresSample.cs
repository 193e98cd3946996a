namespace GameDay.Orchestrator.Model;

/// What one PostgreSQL sample saw of the trading database.
public sealed record PostgresSample(
    IReadOnlyList<ConnectionCount> Connections, long MaxConnections, long LockWaits, double LongestQuerySeconds,
    IReadOnlyList<TableScans> Tables);

/// pg_stat_user_tables' cumulative count of the rows sequential scans of one table read.
public sealed record TableScans(string Table, long SeqRowsRead);

public sealed record ConnectionCount(string State, long Count);
