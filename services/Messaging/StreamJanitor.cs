using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace GameDay.Messaging;

/// Moves entries delivered too often to `<stream>.dlq` (and acks them) and reclaims entries left
/// pending too long (XPENDING extended form, XCLAIM), handing them to the consumer again.
public sealed partial class StreamJanitor(IConnectionMultiplexer redis, MessagingOptions options, TimeProvider time, ILogger<StreamJanitor> logger)
{
    public async Task SweepAsync(Subscription subscription, Func<StreamMessage, Task<bool>> redeliver)
    {
        var db = redis.GetDatabase();
        var group = options.ServiceName;
        // Dead-lettering goes by delivery count alone; reclaiming only takes entries idle long enough
        // that their consumer has evidently given up on them.
        var pending = await db.ExecuteAsync("XPENDING", subscription.Stream, group, "-", "+", 100);
        foreach (var row in (RedisResult[])pending!)
        {
            var fields = (RedisResult[])row!;
            var id = (string)fields[0]!;
            var idleMs = (long)fields[2];
            var deliveries = (long)fields[3];
            if (deliveries >= options.MaxDeliveries)
            {
                await DeadLetterAsync(db, subscription.Stream, group, id, deliveries);
                continue;
            }
            if (idleMs < options.ClaimIdle.TotalMilliseconds) continue;
            var claimed = await db.StreamClaimAsync(subscription.Stream, group, options.ServiceName,
                (long)options.ClaimIdle.TotalMilliseconds, [id]);
            foreach (var entry in claimed.Where(e => !e.IsNull))
            {
                await redeliver(StreamMessage.From(subscription.Stream, entry));
            }
        }
    }

    private async Task DeadLetterAsync(IDatabase db, string stream, string group, string id, long deliveries)
    {
        await DeadLetterMove.MoveAsync(db, stream, group, id, deliveries, time.GetUtcNow().ToString("O"));
        MessagingMetrics.DeadLettered.Add(1, new KeyValuePair<string, object?>("stream", stream));
        LogDeadLettered(stream, id, group, deliveries);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Moved entry {EntryId} of {Stream} to the DLQ after {Deliveries} deliveries to {Group}")]
    private partial void LogDeadLettered(string stream, string entryId, string group, long deliveries);
}
