namespace GameDay.IncidentResponder.Automation;

/// The done route's logic in trainee mode: the person on call reports a step of the incident's runbook as done.
/// A gated step reported before its approval is recorded as such (the drill's grade counts it against them).
public sealed class StepReports(
    IncidentRunSource source, RunbookCatalog catalog, ApprovalGate gate, IStepRecorder recorder, AutomationMode mode)
{
    public async Task<StepApprovals.Outcome> ReportAsync(long incidentId, string stepId, string by, string? note, CancellationToken cancellationToken)
    {
        if (!mode.Current.Trains) return new(false, "Steps are reported done in trainee mode (PUT /api/automation {\"mode\":\"trainee\"}); the autopilot reports its own.");
        if (await source.ReadAsync(incidentId, cancellationToken) is not { } subject) return new(true, null);
        var runbook = subject.Runbook is { } id ? catalog.Find(id) : null;
        if (runbook is null) return new(false, $"Incident {incidentId} has no runbook to follow.");
        if (StepPlanner.Plan(runbook, subject.Labels).FirstOrDefault(s => s.Id == stepId) is not { } step)
        {
            return new(false, $"Incident {incidentId}'s runbook {runbook.Id} has no step '{stepId}'.");
        }
        if (step.NotApplicable is { } why) return new(false, $"Step '{stepId}' does not apply to this incident ({why}).");
        var approval = !step.Gated ? "" : gate.IsApproved(incidentId, stepId) ? " after its approval" : " BEFORE its approval";
        await recorder.StepAsync(incidentId, step, StepStatuses.Done, $"done by {by}{approval}{(string.IsNullOrWhiteSpace(note) ? "" : $": {note.Trim()}")}",
            StepEvents.Reported, cancellationToken);
        return new(false, null);
    }
}
