using GameDay.IncidentResponder.Model;

namespace GameDay.IncidentResponder.Infrastructure;

/// The mitigation steps of an incident that were carried out (`incident_steps`, kind mitigate), in the order they ended.
public static class MitigationRepository
{
    public static async Task<IReadOnlyList<Mitigation>> MitigationsAsync(this IncidentTransaction tx, long incidentId, CancellationToken cancellationToken)
    {
        await using var command = tx.Command(
            "SELECT finished_at, step_id, action, target, status = 'done' FROM incident_steps " +
            "WHERE incident_id = $1 AND kind = 'mitigate' AND status IN ('succeeded', 'done') AND finished_at IS NOT NULL ORDER BY finished_at, position",
            incidentId);
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        var mitigations = new List<Mitigation>();
        while (await r.ReadAsync(cancellationToken))
        {
            mitigations.Add(new Mitigation(r.GetFieldValue<DateTimeOffset>(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.GetBoolean(4)));
        }
        return mitigations;
    }
}
