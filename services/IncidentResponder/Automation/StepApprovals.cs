namespace GameDay.IncidentResponder.Automation;

/// The approve route's logic: only a step of the incident's runbook that needs approval can be approved.
public sealed class StepApprovals(
    IncidentRunSource source, RunbookCatalog catalog, ApprovalGate gate, AutomationMode mode)
{
    public sealed record Outcome(bool NotFound, string? Conflict);

    public async Task<Outcome> ApproveAsync(long incidentId, string stepId, string by, CancellationToken cancellationToken)
    {
        if (!mode.Current.Executes && !mode.Current.Trains)
        {
            return new(false, "The autopilot is off (PUT /api/automation turns it on, or trainee mode); there is nothing to approve.");
        }
        if (await source.ReadAsync(incidentId, cancellationToken) is not { } subject) return new(true, null);
        var step = subject.Runbook is { } id ? catalog.Find(id)?.Step(stepId) : null;
        if (step is null) return new(false, $"Incident {incidentId}'s runbook has no step '{stepId}'.");
        if (!step.NeedsApproval && !step.Pre.Contains("approval granted")) return new(false, $"Step '{stepId}' is not gated; it needs no approval.");
        return gate.Approve(incidentId, stepId, by) ? new(false, null) : new(false, $"Step '{stepId}' of incident {incidentId} is already approved.");
    }
}
