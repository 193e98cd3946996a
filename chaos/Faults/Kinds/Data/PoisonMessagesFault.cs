using System.Globalization;
using StackExchange.Redis;

namespace GameDay.Chaos.Kinds.Data;

/// Appends `count` entries to a stream that carry the stream's message type with a payload that is not JSON:
/// the consumer fails on each until the janitor dead-letters it. Revert deletes those still in the stream
/// (not the DLQ copies: draining the DLQ is the runbook's work).
internal sealed class PoisonMessagesFault(FaultContext context, string stream, string type, int count, string faultTag) : IFault
{
    private readonly List<RedisValue> added = [];

    public async Task<string> InjectAsync(CancellationToken ct)
    {
        var db = (await context.RedisAsync()).GetDatabase();
        for (var i = 0; i < count; i++)
        {
            added.Add(await db.StreamAddAsync(stream,
            [
                new("message_id", string.Create(CultureInfo.InvariantCulture, $"poison-{faultTag}-{i}")),
                new("type", type),
                new("payload", "{\"poison\": this is not json"),
                new("producer", "gameday-chaos"),
                new("produced_at", context.Time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)),
            ]));
        }
        return $"{count} poison {type} entries added to {stream}";
    }

    public async Task<string> RevertAsync(CancellationToken ct)
    {
        if (added.Count == 0) return "nothing was added";
        var deleted = await (await context.RedisAsync()).GetDatabase().StreamDeleteAsync(stream, [.. added]);
        added.Clear();
        return $"{deleted} poison entries still in {stream} deleted";
    }
}
