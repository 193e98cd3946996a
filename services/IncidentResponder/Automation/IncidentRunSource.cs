using System.Text.Json;
using GameDay.IncidentResponder.Infrastructure;
using Npgsql;

namespace GameDay.IncidentResponder.Automation;

/// Reads what a run needs: the incident's runbook and resource, and the labels of its first alert.
public sealed class IncidentRunSource(NpgsqlDataSource dataSource)
{
    public sealed record RunSubject(string? Runbook, string? Resource, IReadOnlyDictionary<string, string> Labels);

    public async Task<RunSubject?> ReadAsync(long incidentId, CancellationToken cancellationToken)
    {
        await using var tx = await IncidentTransaction.BeginAsync(dataSource, cancellationToken, exclusive: false);
        if (await tx.LoadAsync(incidentId, cancellationToken) is not { } incident) return null;
        await using var command = tx.Command(
            "SELECT labels::text FROM incident_alerts WHERE incident_id = $1 ORDER BY first_seen_at, fingerprint LIMIT 1", incidentId);
        var labels = await command.ExecuteScalarAsync(cancellationToken) is string json
            ? JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? []
            : [];
        return new RunSubject(incident.Runbook, incident.Resource, labels);
    }
}
