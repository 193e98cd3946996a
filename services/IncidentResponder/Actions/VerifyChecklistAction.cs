namespace GameDay.IncidentResponder.Actions;

/// `verify.checklist`: nothing to do; the step's post-conditions are the checklist the runner evaluates.
public sealed class VerifyChecklistAction : IIncidentAction
{
    public string Name => "verify.checklist";

    public Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken) =>
        Task.FromResult(ActionOutcome.Ok("checklist evaluated by the post-conditions."));
}
