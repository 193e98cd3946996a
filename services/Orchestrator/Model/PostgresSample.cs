namespace GameDay.Orchestrator.Model;

/// What one PostgreSQL sample saw of the trading database.
public sealed record PostgresSample(
    IReadOnlyList<ConnectionCount> Connections, long MaxConnections, long LockWaits, double LongestQuerySeconds,
    IReadOnlyList<TableScans> Tables);

/// pg_stat_user_tables' cumulative sequential scans of one table and the rows they read.
public sealed record TableScans(string Table, long SeqScans, long SeqRowsRead);

public sealed record ConnectionCount(string State, long Count);
