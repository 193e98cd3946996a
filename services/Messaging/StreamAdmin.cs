using GameDay.Contracts;
using StackExchange.Redis;

namespace GameDay.Messaging;

/// The stream inspection and repair operations of seed 004's runbook (pending, DLQ, requeue).
public sealed class StreamAdmin(IConnectionMultiplexer redis)
{
    /// The requeue counter at 0 for every stream, so that increase() sees a drill's first requeue.
    public static void StartCounters()
    {
        foreach (var stream in Contracts.StreamNames.All)
        {
            MessagingMetrics.Requeued.Add(0, new KeyValuePair<string, object?>("stream", stream));
        }
    }

    public async Task<PendingReport> PendingAsync(string stream, string group, int count = 50)
    {
        var db = redis.GetDatabase();
        var summary = await db.StreamPendingAsync(stream, group);
        var entries = await db.ExecuteAsync("XPENDING", stream, group, "-", "+", count);
        var details = ((RedisResult[])entries!).Select(r => (RedisResult[])r!)
            .Select(f => new PendingEntry((string)f[0]!, (string)f[1]!, (long)f[2], (long)f[3])).ToList();
        var lag = await LagAsync(db, stream, group);
        return new PendingReport(stream, group, summary.PendingMessageCount, lag,
            summary.Consumers.Select(c => new ConsumerPending(c.Name!, c.PendingMessageCount)).ToList(), details);
    }

    public async Task<IReadOnlyList<DlqEntry>> DlqAsync(string dlqStream, int count = 100)
    {
        var entries = await redis.GetDatabase().StreamRangeAsync(dlqStream, count: count);
        return [.. entries.Select(e => new DlqEntry(e.Id!, e.Values.ToDictionary(v => v.Name.ToString(), v => v.Value.ToString())))];
    }

    /// Puts a DLQ entry back on its original stream (same message id, so consumers that already
    /// processed it skip it) and removes it from the DLQ. Returns the new entry id, or null if absent.
    public async Task<string?> RequeueAsync(string dlqStream, string id)
    {
        var db = redis.GetDatabase();
        var entries = await db.StreamRangeAsync(dlqStream, id, id);
        if (entries.Length == 0) return null;
        var fields = entries[0].Values;
        var original = fields.FirstOrDefault(f => f.Name == StreamFields.DlqOriginalStream).Value;
        if (original.IsNullOrEmpty) return null;
        var transaction = db.CreateTransaction();
        var added = transaction.StreamAddAsync(original.ToString(),
            [.. fields.Where(f => !f.Name.ToString().StartsWith("dlq_", StringComparison.Ordinal))]);
        _ = transaction.StreamDeleteAsync(dlqStream, [id]);
        await transaction.ExecuteAsync();
        MessagingMetrics.Requeued.Add(1, new KeyValuePair<string, object?>("stream", original.ToString()));
        return (await added).ToString();
    }

    /// Moves a DLQ entry that can never be processed (an undecodable payload) to `<dlq>.archive`, kept for the
    /// investigation, and removes it from the DLQ. Returns the archive entry id, or null if absent.
    public async Task<string?> ArchiveAsync(string dlqStream, string id, string archivedAt)
    {
        var db = redis.GetDatabase();
        var entries = await db.StreamRangeAsync(dlqStream, id, id);
        if (entries.Length == 0) return null;
        var transaction = db.CreateTransaction();
        var added = transaction.StreamAddAsync(dlqStream + ".archive", [.. entries[0].Values, new("archived_at", archivedAt), new("dlq_id", id)]);
        _ = transaction.StreamDeleteAsync(dlqStream, [id]);
        await transaction.ExecuteAsync();
        return (await added).ToString();
    }

    /// Moves an entry pending in `group` to `<stream>.dlq` (with the consumer that held it, its deliveries and `reason`) and
    /// acknowledges it, so that the consumer holding it goes on: seed 004's "claim stuck entries", for an entry its
    /// consumer cannot finish. Not counted as dead-lettered: that counter is the janitor's. Returns the entry's pending
    /// record, or null when it is not pending in the group.
    public async Task<PendingEntry?> DeadLetterPendingAsync(string stream, string group, string id, string reason, string at)
    {
        var db = redis.GetDatabase();
        var pending = await db.StreamPendingMessagesAsync(stream, group, 1, RedisValue.Null, id, id);
        if (pending.Length == 0) return null;
        var record = new PendingEntry(id, pending[0].ConsumerName.ToString(), pending[0].IdleTimeInMilliseconds, pending[0].DeliveryCount);
        await DeadLetterMove.MoveAsync(db, stream, group, id, record.Deliveries, at, reason);
        return record;
    }

    private static async Task<long?> LagAsync(IDatabase db, string stream, string group)
    {
        var groups = (RedisResult[])(await db.ExecuteAsync("XINFO", "GROUPS", stream))!;
        foreach (var g in groups.Select(g => (RedisResult[])g!))
        {
            var map = new Dictionary<string, RedisResult>();
            for (var i = 0; i + 1 < g.Length; i += 2) map[(string)g[i]!] = g[i + 1];
            if ((string?)map.GetValueOrDefault("name") == group)
            {
                return map.TryGetValue("lag", out var lag) && !lag.IsNull ? (long)lag : null;
            }
        }
        return null;
    }
}

public sealed record PendingReport(string Stream, string Group, long Pending, long? Lag, IReadOnlyList<ConsumerPending> Consumers, IReadOnlyList<PendingEntry> Entries);

public sealed record ConsumerPending(string Name, long Pending);

public sealed record PendingEntry(string Id, string Consumer, long IdleMs, long Deliveries);

public sealed record DlqEntry(string Id, IReadOnlyDictionary<string, string> Fields);
