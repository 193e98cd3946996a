namespace GameDay.IncidentResponder.Actions;

/// `streams.dlq` through the orchestrator.
public sealed class StreamDlqAction(HttpActionClients http) : IIncidentAction
{
    public string Name => "streams.dlq";

    public Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken) =>
        http.GetAsync(HttpActionClients.Orchestrator, $"admin/streams/dlq?stream={Uri.EscapeDataString(context.Required("stream"))}", cancellationToken);
}
