using GameDay.IncidentResponder.Infrastructure;
using Npgsql;

namespace GameDay.IncidentResponder.Automation;

/// `incident_steps` of one incident, in runbook order (null for an unknown incident).
public sealed class IncidentStepReader(NpgsqlDataSource dataSource)
{
    public sealed record StepView(
        string StepId, int Position, string Kind, string Action, string Risk, string Status, string Detail,
        DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, string? Target);

    public async Task<IReadOnlyList<StepView>?> ListAsync(long incidentId, CancellationToken cancellationToken)
    {
        await using var tx = await IncidentTransaction.BeginAsync(dataSource, cancellationToken, exclusive: false);
        if (await tx.LoadAsync(incidentId, cancellationToken) is null) return null;
        await using var command = tx.Command(
            "SELECT step_id, position, kind, action, risk, status, detail, started_at, finished_at, target FROM incident_steps " +
            "WHERE incident_id = $1 ORDER BY position", incidentId);
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        var steps = new List<StepView>();
        while (await r.ReadAsync(cancellationToken))
        {
            steps.Add(new StepView(r.GetString(0), r.GetInt32(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5),
                r.GetString(6), r.IsDBNull(7) ? null : r.GetFieldValue<DateTimeOffset>(7), r.IsDBNull(8) ? null : r.GetFieldValue<DateTimeOffset>(8),
                r.IsDBNull(9) ? null : r.GetString(9)));
        }
        return steps;
    }
}
