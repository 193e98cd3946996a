namespace GameDay.IncidentResponder.Actions;

/// `resource.status`: state and health from the AppHost control API.
public sealed class ResourceStatusAction(HttpActionClients http) : IIncidentAction
{
    public string Name => "resource.status";

    public Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken) =>
        http.GetAsync(HttpActionClients.Control, $"api/resources/{Uri.EscapeDataString(context.Required("resource"))}", cancellationToken);
}
