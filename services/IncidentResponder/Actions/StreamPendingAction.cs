namespace GameDay.IncidentResponder.Actions;

/// `streams.pending` through the orchestrator.
public sealed class StreamPendingAction(HttpActionClients http) : IIncidentAction
{
    public string Name => "streams.pending";

    public Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken) =>
        http.GetAsync(HttpActionClients.Orchestrator, $"admin/streams/pending?stream={Uri.EscapeDataString(context.Required("stream"))}&group={Uri.EscapeDataString(context.Required("group"))}", cancellationToken);
}
