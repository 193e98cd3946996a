using System.Text.Json;
using GameDay.IncidentResponder.Model;

namespace GameDay.IncidentResponder.Infrastructure;

/// The verify steps' checklist verdicts of an incident, oldest first, from its timeline (every run's).
public static class ChecklistRepository
{
    public static async Task<IReadOnlyList<ChecklistEvidence>> ChecklistEvidenceAsync(this IncidentTransaction tx, long incidentId, CancellationToken cancellationToken)
    {
        await using var command = tx.Command(
            "SELECT at, data->>'step', data->'verdicts' FROM incident_timeline WHERE incident_id = $1 AND type = $2 ORDER BY at, id",
            incidentId, TimelineTypes.ChecklistChecked);
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        var evidence = new List<ChecklistEvidence>();
        while (await r.ReadAsync(cancellationToken))
        {
            var verdicts = JsonSerializer.Deserialize<List<ChecklistVerdict>>(r.GetString(2), ResponderJson.Options) ?? [];
            evidence.Add(new ChecklistEvidence(r.GetFieldValue<DateTimeOffset>(0), r.GetString(1), verdicts));
        }
        return evidence;
    }
}
