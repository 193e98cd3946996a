namespace GameDay.IncidentResponder.Actions;

/// `resource.restart` through the AppHost control API.
public sealed class ResourceRestartAction(HttpActionClients http) : IIncidentAction
{
    public string Name => "resource.restart";

    public Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken) =>
        http.PostAsync(HttpActionClients.Control, $"api/resources/{Uri.EscapeDataString(context.Required("resource"))}/commands/restart", null, cancellationToken);
}
