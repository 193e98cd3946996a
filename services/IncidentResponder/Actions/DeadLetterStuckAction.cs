using System.Text.Json;

namespace GameDay.IncidentResponder.Actions;

/// `streams.dead-letter-stuck {stream, group, minIdleMs}`: seed 004's "claim stuck entries" for an entry its consumer
/// cannot finish. A consumer takes its pending entries in order, so the oldest one idle longer than minIdleMs is the one
/// it is stuck on; it goes to the DLQ (kept for the developers: never requeue it before the handler is fixed) through
/// the orchestrator's stream admin API, and the consumer goes on with the next. A restart would not do: the restarted
/// consumer reads its own pending entries first and stops on the same one.
public sealed class DeadLetterStuckAction(HttpActionClients http, TimeProvider time) : IIncidentAction
{
    /// A slow consumer also has an oldest pending entry idle for long (a batch it is working through); a stuck one is
    /// still the oldest, with the same delivery count, this much later.
    public static readonly TimeSpan Confirm = TimeSpan.FromSeconds(5);

    public string Name => "streams.dead-letter-stuck";

    public async Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var (stream, group) = (context.Required("stream"), context.Required("group"));
        var minIdle = context.Number("minIdleMs", 30_000);
        var first = await OldestAsync(stream, group, minIdle, cancellationToken);
        if (first is null) return ActionOutcome.Failed($"could not read the pending entries of {group} on {stream}.");
        if (first.Value.Id is null) return ActionOutcome.Ok($"no entry of {group} on {stream} has been pending for over {minIdle} ms: nothing is stuck.");
        await Task.Delay(Confirm, time, cancellationToken);
        var second = await OldestAsync(stream, group, minIdle, cancellationToken);
        if (second is null) return ActionOutcome.Failed($"could not read the pending entries of {group} on {stream}.");
        if (second != first) return ActionOutcome.Ok($"the oldest entry of {group} on {stream} moved on within {Confirm.TotalSeconds:0} s: the consumer is slow, not stuck.");
        var moved = await http.PostAsync(HttpActionClients.Orchestrator, "admin/streams/pending/dead-letter",
            new { stream, group, id = first.Value.Id, reason = $"stuck: pending for over {minIdle} ms, dead-lettered by incident #{context.IncidentId}" }, cancellationToken);
        return moved with { Detail = $"entry {first.Value.Id} of {stream} moved to {stream}.dlq for {group}: {moved.Detail}" };
    }

    /// The group's oldest pending entry if it has been idle for minIdle ms (id and deliveries; a null id when none has),
    /// or null when the orchestrator could not say.
    private async Task<(string? Id, long Deliveries)?> OldestAsync(string stream, string group, int minIdle, CancellationToken cancellationToken)
    {
        var report = await http.ReadJsonAsync(HttpActionClients.Orchestrator,
            $"admin/streams/pending?stream={Uri.EscapeDataString(stream)}&group={Uri.EscapeDataString(group)}", cancellationToken);
        if (report is not { } pending || !pending.TryGetProperty("entries", out var entries)) return null;
        return Oldest(entries, minIdle);
    }

    /// The first entry (oldest id) if it has been pending for at least minIdle ms: a consumer takes its entries in order.
    public static (string? Id, long Deliveries) Oldest(JsonElement entries, int minIdle)
    {
        var oldest = entries.EnumerateArray().FirstOrDefault();
        return oldest.ValueKind == JsonValueKind.Object && oldest.GetProperty("idleMs").GetInt64() >= minIdle
            ? (oldest.GetProperty("id").GetString(), oldest.GetProperty("deliveries").GetInt64())
            : (null, 0);
    }
}
