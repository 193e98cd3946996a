namespace GameDay.IncidentResponder.Actions;

/// `resource.restart` through the AppHost control API.
public sealed class ResourceRestartAction(HttpActionClients http) : IIncidentAction
{
    public string Name => "resource.restart";

    public Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken) =>
        http.ResourceCommandAsync(context.Required("resource"), "restart", cancellationToken);
}
