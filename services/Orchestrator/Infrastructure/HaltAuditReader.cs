using Npgsql;

namespace GameDay.Orchestrator.Infrastructure;

public sealed record HaltAuditEntry(long Id, string Action, string State, string? Reason, string Actor, string? Source, DateTimeOffset At);

/// The audit trail of halts, unhalts and emergency stops, newest first.
public sealed class HaltAuditReader(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<HaltAuditEntry>> LatestAsync(int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT id, action, state, reason, actor, source, at FROM halt_audit ORDER BY id DESC LIMIT $1");
        command.Parameters.AddWithValue(limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<HaltAuditEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new HaltAuditEntry(reader.GetInt64(0), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetFieldValue<DateTimeOffset>(6)));
        }
        return entries;
    }
}
