using GameDay.IncidentResponder.Model;

namespace GameDay.IncidentResponder.Automation;

/// Where the runner writes what it does: the `incident_steps` row of a step (by position), a timeline
/// event, and the incident's state moves. The Postgres implementation is <see cref="PostgresStepRecorder"/>.
public interface IStepRecorder
{
    /// Upserts the step's row with this status and, when `eventType` is given, adds a timeline event.
    Task StepAsync(long incidentId, PlannedStep step, string status, string detail, string? eventType, CancellationToken cancellationToken);

    Task NoteAsync(long incidentId, string text, CancellationToken cancellationToken);

    /// Adds a verify step's verdicts on the recovery checklist to the timeline (what the post-mortem ticks).
    Task ChecklistAsync(long incidentId, PlannedStep step, IReadOnlyList<ChecklistVerdict> verdicts, CancellationToken cancellationToken);

    /// Acknowledged by "autopilot" when the incident is still triggered.
    Task AcknowledgeAsync(long incidentId, CancellationToken cancellationToken);

    /// Mitigating at the first mitigate step, from triggered or acknowledged only (an incident already in monitoring stays there).
    Task MitigatingAsync(long incidentId, string note, CancellationToken cancellationToken);
}
