namespace GameDay.IncidentResponder.Actions;

/// `resource.config`: what the last deployment changed in the resource's configuration, against its declared one
/// (what `kubectl rollout history` or the compose file's diff is elsewhere): the settings a restart starts it with.
public sealed class ResourceConfigAction(HttpActionClients http) : IIncidentAction
{
    public string Name => "resource.config";

    public Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken) =>
        http.GetAsync(HttpActionClients.Control, $"api/resources/{Uri.EscapeDataString(context.Required("resource"))}/config", cancellationToken);
}
