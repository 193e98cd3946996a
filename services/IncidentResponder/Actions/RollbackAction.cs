namespace GameDay.IncidentResponder.Actions;

/// `resource.rollback`: the last deployment undone — its configuration changes dropped (`resource.restore-config`) and
/// the resource restarted on the last known good configuration, as `kubectl rollout undo` does both. With nothing to
/// roll back it changes nothing: a restart alone would not undo a cause that lives in the code or the data.
public sealed class RollbackAction(HttpActionClients http) : IIncidentAction
{
    public string Name => "resource.rollback";

    public async Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var resource = context.Required("resource");
        if (HttpActionClients.IsSelf(resource))
        {
            return ActionOutcome.Failed($"the responder does not roll back {resource}, on which it runs itself; a person must.");
        }

        var (restore, restored) = await http.RestoreConfigAsync(resource, cancellationToken);
        if (!restore.Succeeded) return ActionOutcome.Failed($"restoring the configuration of {resource}: {restore.Detail}");
        if (restored.Count == 0)
        {
            return ActionOutcome.Ok($"nothing to roll back: {resource} runs its declared configuration; not restarted.");
        }

        var restart = await http.ResourceCommandAsync(resource, "restart", cancellationToken);
        var rolledBack = $"rolled back {string.Join(", ", restored)} of {resource}";
        return restart.Succeeded
            ? ActionOutcome.Ok($"{rolledBack}; restarted on the last known good configuration: {restart.Detail}") with { NewDeployment = true }
            : ActionOutcome.Failed($"{rolledBack}, but the restart failed: {restart.Detail}");
    }
}
