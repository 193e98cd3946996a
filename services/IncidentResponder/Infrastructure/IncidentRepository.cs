using GameDay.IncidentResponder.Model;

namespace GameDay.IncidentResponder.Infrastructure;

/// The `incidents` table inside an IncidentTransaction.
public static class IncidentRepository
{
    private const string UpdateSql =
        "UPDATE incidents SET key=$1, title=$2, runbook=$3, resource=$4, severity=$5, state=$6, scenario_run_id=$7, " +
        "fault_injected_at=$8, first_signal_at=$9, detected_at=$10, acknowledged_at=$11, mitigated_at=$12, recovered_at=$13, " +
        "resolved_at=$14, closed_at=$15, paged=$16, paged_at=$17, escalation_level=$18, flaps=$19, classification=$20, " +
        "communications=$21 WHERE id=$22";

    public static async Task<Incident?> LoadAsync(this IncidentTransaction tx, long id, CancellationToken cancellationToken)
    {
        await using var command = tx.Command($"SELECT {IncidentRows.Columns} FROM incidents WHERE id = $1", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? IncidentRows.Read(reader) : null;
    }

    public static async Task<long> InsertAsync(this IncidentTransaction tx, Incident incident, CancellationToken cancellationToken)
    {
        var columns = IncidentRows.Columns["id, ".Length..];
        var placeholders = string.Join(", ", Enumerable.Range(1, 21).Select(i => $"${i}"));
        await using var command = tx.Command($"INSERT INTO incidents ({columns}) VALUES ({placeholders}) RETURNING id", IncidentRows.Values(incident));
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public static Task<int> UpdateAsync(this IncidentTransaction tx, Incident incident, CancellationToken cancellationToken) =>
        tx.ExecuteAsync(UpdateSql, cancellationToken, [.. IncidentRows.Values(incident), incident.Id]);

    public static async Task<IncidentGroupView?> LatestForKeyAsync(this IncidentTransaction tx, string key, CancellationToken cancellationToken)
    {
        await using var command = tx.Command("SELECT id, state, recovered_at, scenario_run_id FROM incidents WHERE key = $1 ORDER BY id DESC LIMIT 1", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return new IncidentGroupView(reader.GetInt64(0), reader.GetString(1),
            reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2), reader.IsDBNull(3) ? null : reader.GetString(3));
    }

    public static async Task<IReadOnlyList<long>> IdsAsync(this IncidentTransaction tx, string sql, CancellationToken cancellationToken, params object?[] args)
    {
        await using var command = tx.Command(sql, args);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new List<long>();
        while (await reader.ReadAsync(cancellationToken)) ids.Add(reader.GetInt64(0));
        return ids;
    }

    public static Task<int> SavePostmortemAsync(this IncidentTransaction tx, long id, string markdown, Postmortem json, CancellationToken cancellationToken) =>
        tx.ExecuteAsync("UPDATE incidents SET postmortem_md = $2, postmortem_json = $3 WHERE id = $1", cancellationToken,
            id, markdown, IncidentTransaction.Jsonb(json));

    public static Task<int> ClearPostmortemAsync(this IncidentTransaction tx, long id, CancellationToken cancellationToken) =>
        tx.ExecuteAsync("UPDATE incidents SET postmortem_md = NULL, postmortem_json = NULL WHERE id = $1", cancellationToken, id);

    public static Task<int> SetAcknowledgedByAsync(this IncidentTransaction tx, long id, string by, CancellationToken cancellationToken) =>
        tx.ExecuteAsync("UPDATE incidents SET acknowledged_by = $2 WHERE id = $1", cancellationToken, id, by);
}
