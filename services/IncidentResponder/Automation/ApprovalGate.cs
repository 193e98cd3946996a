using System.Collections.Concurrent;

namespace GameDay.IncidentResponder.Automation;

/// Operator approvals of high-risk steps, by (incident, step). A step waiting for approval awaits
/// <see cref="WaitAsync"/>; the approve route completes it.
public sealed class ApprovalGate
{
    private readonly ConcurrentDictionary<(long Incident, string Step), TaskCompletionSource<string>> approvals = new();

    public bool IsApproved(long incidentId, string stepId) => Slot(incidentId, stepId).Task.IsCompletedSuccessfully;

    /// Who approved, once someone has.
    public Task<string> WaitAsync(long incidentId, string stepId, CancellationToken cancellationToken) =>
        Slot(incidentId, stepId).Task.WaitAsync(cancellationToken);

    /// False when the step was already approved.
    public bool Approve(long incidentId, string stepId, string by) => Slot(incidentId, stepId).TrySetResult(by);

    /// A re-opened incident asks again: an approval covers one run of the step. A step still waiting keeps waiting
    /// for the same approval (dropping its slot would leave that run waiting for an answer nobody can give).
    public void Reset(long incidentId, string stepId)
    {
        if (approvals.TryGetValue((incidentId, stepId), out var slot) && slot.Task.IsCompleted)
        {
            approvals.TryRemove(new KeyValuePair<(long, string), TaskCompletionSource<string>>((incidentId, stepId), slot));
        }
    }

    private TaskCompletionSource<string> Slot(long incidentId, string stepId) =>
        approvals.GetOrAdd((incidentId, stepId), _ => new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously));
}
