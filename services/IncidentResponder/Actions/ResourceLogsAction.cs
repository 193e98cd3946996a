namespace GameDay.IncidentResponder.Actions;

/// `resource.logs`: the last log lines of a resource.
public sealed class ResourceLogsAction(HttpActionClients http) : IIncidentAction
{
    public string Name => "resource.logs";

    public Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken) =>
        http.GetAsync(HttpActionClients.Control, $"api/resources/{Uri.EscapeDataString(context.Required("resource"))}/logs?tail={context.Number("tail", 50)}", cancellationToken);
}
