using System.Globalization;
using GameDay.Contracts;
using StackExchange.Redis;

namespace GameDay.Chaos.Kinds.Data;

/// Copies the stream's latest entry under a new message id, marked stuck for `group` until the lease ends. Revert
/// deletes it from the stream and acknowledges it for the group (the consumer holding it goes on); a copy someone
/// dead-lettered stays in the DLQ, the runbook's evidence.
internal sealed class StuckEntryFault(FaultContext context, string stream, string group, TimeSpan lease, string tag) : IFault
{
    private RedisValue added = RedisValue.Null;

    public async Task<string> InjectAsync(CancellationToken ct)
    {
        var db = (await context.RedisAsync()).GetDatabase();
        var latest = await db.StreamRangeAsync(stream, "-", "+", count: 1, messageOrder: Order.Descending);
        if (latest.Length == 0) throw new InvalidOperationException($"{stream} has no entry yet to copy");
        var until = context.Time.GetUtcNow() + lease;
        added = await db.StreamAddAsync(stream,
        [
            .. latest[0].Values.Where(v => v.Name != StreamFields.MessageId),
            new(StreamFields.MessageId, $"stuck-{tag}"),
            new(StreamFields.StuckFor, group),
            new(StreamFields.StuckUntil, until.ToString("O", CultureInfo.InvariantCulture)),
        ]);
        return $"entry {added} of {stream} (a copy of {latest[0].Id}) stuck for {group} until {until.ToString("HH:mm:ss", CultureInfo.InvariantCulture)}";
    }

    public async Task<string> RevertAsync(CancellationToken ct)
    {
        if (added.IsNull) return "nothing was added";
        var db = (await context.RedisAsync()).GetDatabase();
        // Deleted first, so that no consumer can read it any more, then acknowledged: acknowledged first, a consumer that
        // read it between the two held a deleted entry that stayed pending for it until the lease ended (CI: a drill
        // aborted right after the injection left the risk manager refusing every order for five minutes).
        var deleted = await db.StreamDeleteAsync(stream, [added]);
        var acknowledged = await db.StreamAcknowledgeAsync(stream, group, added);
        var id = added;
        added = RedisValue.Null;
        return $"entry {id} of {stream}: {(acknowledged > 0 ? $"acknowledged for {group}" : $"no longer pending for {group}")}, " +
            $"{(deleted > 0 ? "deleted" : "already gone")}";
    }
}
