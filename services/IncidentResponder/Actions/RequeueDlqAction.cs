using System.Text.Json;

namespace GameDay.IncidentResponder.Actions;

/// `streams.requeue-dlq`: every entry of a stream's DLQ back onto its original stream, through the orchestrator.
public sealed class RequeueDlqAction(HttpActionClients http) : IIncidentAction
{
    public string Name => "streams.requeue-dlq";

    public async Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var stream = context.Required("stream");
        var listing = await http.ReadJsonAsync(HttpActionClients.Orchestrator, $"admin/streams/dlq?stream={Uri.EscapeDataString(stream)}&limit=1000", cancellationToken);
        if (listing is not { } dlq || !dlq.TryGetProperty("entries", out var entries)) return ActionOutcome.Failed($"could not list the DLQ of {stream}.");
        var dlqName = dlq.GetProperty("stream").GetString();
        int requeued = 0, failed = 0;
        foreach (var entry in entries.EnumerateArray())
        {
            var outcome = await http.PostAsync(HttpActionClients.Orchestrator, "admin/streams/dlq/requeue",
                new { dlqStream = dlqName, id = entry.GetProperty("id").GetString() }, cancellationToken);
            if (outcome.Succeeded) requeued++;
            else failed++;
        }
        return new ActionOutcome(failed == 0, $"requeued {requeued} entr(ies) of {dlqName}; {failed} failed.");
    }
}
