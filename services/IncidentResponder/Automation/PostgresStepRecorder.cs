using GameDay.IncidentResponder.Infrastructure;
using GameDay.IncidentResponder.Model;
using Npgsql;

namespace GameDay.IncidentResponder.Automation;

/// Writes steps to `incident_steps` and the timeline under the incident lock, and moves the incident
/// through the core's operations (so the state machine, timestamps and messages stay the core's).
public sealed class PostgresStepRecorder(NpgsqlDataSource dataSource, IncidentOperations operations, TimeProvider time) : IStepRecorder
{
    public const string Actor = "autopilot";

    private const string UpsertSql =
        "INSERT INTO incident_steps (incident_id, step_id, position, kind, action, risk, status, detail, started_at, finished_at, target) " +
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (incident_id, step_id) DO UPDATE SET " +
        "status = EXCLUDED.status, detail = EXCLUDED.detail, target = EXCLUDED.target, " +
        "started_at = CASE WHEN EXCLUDED.status = 'running' THEN EXCLUDED.started_at ELSE coalesce(incident_steps.started_at, EXCLUDED.started_at) END, " +
        "finished_at = EXCLUDED.finished_at";

    private static readonly string[] Final = [StepStatuses.Succeeded, StepStatuses.Failed, StepStatuses.Skipped, StepStatuses.NotApplicable, StepStatuses.Done];

    public async Task StepAsync(long incidentId, PlannedStep step, string status, string detail, string? eventType, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var tx = await IncidentTransaction.BeginAsync(dataSource, cancellationToken);
        await tx.ExecuteAsync(UpsertSql, cancellationToken, incidentId, step.Id, step.Position, Lower(step.Step.Kind), step.Step.Action,
            Lower(step.Step.Risk), status, detail, status == StepStatuses.Running ? now : null, Final.Contains(status) ? now : null, step.Target);
        if (eventType is not null)
        {
            await tx.AddEventAsync(incidentId, now, eventType, $"{step.Id} ({step.Step.Action}): {detail}",
                new { step = step.Id, action = step.Step.Action, kind = Lower(step.Step.Kind), target = step.Target, status, risk = Lower(step.Step.Risk), parameters = step.Parameters },
                cancellationToken);
        }
        await tx.CommitAsync(cancellationToken);
    }

    public async Task ChecklistAsync(long incidentId, PlannedStep step, IReadOnlyList<ChecklistVerdict> verdicts, CancellationToken cancellationToken)
    {
        var said = string.Join("; ", verdicts.Select(v => $"{(v.Met switch { true => "met", false => "NOT met", null => "not evaluated" })}: {v.Detail.TrimEnd('.')}"));
        await using var tx = await IncidentTransaction.BeginAsync(dataSource, cancellationToken);
        await tx.AddEventAsync(incidentId, time.GetUtcNow(), TimelineTypes.ChecklistChecked, $"{step.Id}: recovery checklist: {said}",
            new { step = step.Id, verdicts }, cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }

    public async Task NoteAsync(long incidentId, string text, CancellationToken cancellationToken)
    {
        await using var tx = await IncidentTransaction.BeginAsync(dataSource, cancellationToken);
        await tx.AddEventAsync(incidentId, time.GetUtcNow(), TimelineTypes.Note, text, new { by = Actor, text }, cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }

    // The core refuses moves its state machine forbids (already acknowledged, already monitoring…): nothing to do then.
    public Task AcknowledgeAsync(long incidentId, CancellationToken cancellationToken) =>
        operations.AcknowledgeAsync(incidentId, Actor, cancellationToken);

    // No operator note through the core (it would read "operator: …"): the autopilot's own note says why.
    public async Task MitigatingAsync(long incidentId, string note, CancellationToken cancellationToken)
    {
        if ((await operations.MitigationStartedAsync(incidentId, cancellationToken)).Incident is not null)
        {
            await NoteAsync(incidentId, note, cancellationToken);
        }
    }

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
