using GameDay.IncidentResponder.Automation;
using GameDay.IncidentResponder.Model;

namespace GameDay.IncidentResponder.Infrastructure;

/// The mitigation steps carried out for an incident, oldest first, from its timeline: every run's, not only the
/// latest (`incident_steps` keeps one row per step, which a re-opened incident's next run overwrites).
public static class MitigationRepository
{
    public static async Task<IReadOnlyList<Mitigation>> MitigationsAsync(this IncidentTransaction tx, long incidentId, CancellationToken cancellationToken)
    {
        await using var command = tx.Command(
            "SELECT at, data->>'step', data->>'action', data->>'target', type = $3 FROM incident_timeline " +
            "WHERE incident_id = $1 AND type IN ($2, $3) AND data->>'kind' = 'mitigate' ORDER BY at, id",
            incidentId, StepEvents.Succeeded, StepEvents.Reported);
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        var mitigations = new List<Mitigation>();
        while (await r.ReadAsync(cancellationToken))
        {
            mitigations.Add(new Mitigation(r.GetFieldValue<DateTimeOffset>(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetBoolean(4)));
        }
        return mitigations;
    }
}
