using System.Text.Json;
using System.Text.Json.Nodes;
using GameDay.IncidentResponder.Model;

namespace GameDay.IncidentResponder.Infrastructure;

/// `incident_timeline`: typed events whose data always carries a human `summary`.
public static class TimelineRepository
{
    public static Task<int> AddEventAsync(
        this IncidentTransaction tx, long incidentId, DateTimeOffset at, string type, string summary, object? details,
        CancellationToken cancellationToken)
    {
        var data = details is null ? new JsonObject() : JsonSerializer.SerializeToNode(details, ResponderJson.Options) as JsonObject ?? [];
        data["summary"] = summary;
        return tx.ExecuteAsync("INSERT INTO incident_timeline (incident_id, at, type, data) VALUES ($1, $2, $3, $4)",
            cancellationToken, incidentId, at, type, IncidentTransaction.Jsonb(data));
    }

    public static async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(this IncidentTransaction tx, long incidentId, CancellationToken cancellationToken)
    {
        await using var command = tx.Command(
            "SELECT at, type, data->>'summary' FROM incident_timeline WHERE incident_id = $1 ORDER BY at, id", incidentId);
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<TimelineEntry>();
        while (await r.ReadAsync(cancellationToken))
        {
            entries.Add(new TimelineEntry(r.GetFieldValue<DateTimeOffset>(0), r.GetString(1), r.IsDBNull(2) ? "" : r.GetString(2)));
        }
        return entries;
    }
}
