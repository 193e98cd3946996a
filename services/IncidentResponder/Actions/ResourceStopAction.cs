namespace GameDay.IncidentResponder.Actions;

/// `resource.stop` through the AppHost control API.
public sealed class ResourceStopAction(HttpActionClients http) : IIncidentAction
{
    public string Name => "resource.stop";

    public Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken) =>
        http.ResourceCommandAsync(context.Required("resource"), "stop", cancellationToken);
}
