using System.Text.Json;

namespace GameDay.IncidentResponder.Actions;

/// `streams.requeue-dlq`: seed 004's "requeue the valid entries" — every DLQ entry whose payload decodes goes back
/// onto its original stream; an undecodable one (poison) would only fail again, so it is archived
/// (`<dlq>.archive`, kept for the investigation) instead. Both through the orchestrator's stream admin API.
public sealed class RequeueDlqAction(HttpActionClients http) : IIncidentAction
{
    public string Name => "streams.requeue-dlq";

    public async Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var stream = context.Required("stream");
        var listing = await http.ReadJsonAsync(HttpActionClients.Orchestrator, $"admin/streams/dlq?stream={Uri.EscapeDataString(stream)}&limit=1000", cancellationToken);
        if (listing is not { } dlq || !dlq.TryGetProperty("entries", out var entries)) return ActionOutcome.Failed($"could not list the DLQ of {stream}.");
        var dlqName = dlq.GetProperty("stream").GetString();
        int requeued = 0, archived = 0, failed = 0;
        foreach (var entry in entries.EnumerateArray())
        {
            var decodable = Decodable(entry);
            var outcome = await http.PostAsync(HttpActionClients.Orchestrator, decodable ? "admin/streams/dlq/requeue" : "admin/streams/dlq/archive",
                new { dlqStream = dlqName, id = entry.GetProperty("id").GetString() }, cancellationToken);
            if (!outcome.Succeeded) failed++;
            else if (decodable) requeued++;
            else archived++;
        }
        return new ActionOutcome(failed == 0, $"requeued {requeued} entr(ies) of {dlqName}; archived {archived} undecodable one(s) to {dlqName}.archive; {failed} failed.");
    }

    /// The payload is JSON (the consumers' first step); a message that is not cannot be processed by any retry.
    public static bool Decodable(JsonElement entry)
    {
        if (!entry.TryGetProperty("fields", out var fields) || !fields.TryGetProperty("payload", out var payload)) return false;
        try
        {
            using var _ = JsonDocument.Parse(payload.GetString() ?? "");
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
