namespace GameDay.IncidentResponder.Actions;

/// `resource.restore-config`: the last known good configuration back — the AppHost drops the run-time overrides
/// of the resource (what `kubectl rollout undo` or restoring the compose file is elsewhere); the next start uses it.
public sealed class RestoreConfigAction(HttpActionClients http) : IIncidentAction
{
    public string Name => "resource.restore-config";

    public async Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken) =>
        (await http.RestoreConfigAsync(context.Required("resource"), cancellationToken)).Outcome;
}
