namespace GameDay.IncidentResponder.Actions;

/// `resource.start` through the AppHost control API.
public sealed class ResourceStartAction(HttpActionClients http) : IIncidentAction
{
    public string Name => "resource.start";

    public Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken) =>
        http.ResourceCommandAsync(context.Required("resource"), "start", cancellationToken);
}
