using GameDay.Contracts;
using StackExchange.Redis;

namespace GameDay.Messaging;

/// Moves one pending entry to `<stream>.dlq` with where it came from, which group held it, how often it was delivered,
/// when and (optionally) why, and acknowledges it for the group, in one transaction: the janitor's dead-lettering and the
/// stream admin's share it. An entry already gone from the stream (trimmed) is only acknowledged.
internal static class DeadLetterMove
{
    public static async Task MoveAsync(IDatabase db, string stream, string group, string id, long deliveries, string at, string? reason = null)
    {
        var entries = await db.StreamRangeAsync(stream, id, id);
        var transaction = db.CreateTransaction();
        if (entries.Length == 1)
        {
            List<NameValueEntry> metadata =
            [
                new(StreamFields.DlqOriginalStream, stream),
                new(StreamFields.DlqOriginalId, id),
                new(StreamFields.DlqGroup, group),
                new(StreamFields.DlqDeliveries, deliveries),
                new(StreamFields.DlqAt, at),
            ];
            if (reason is not null) metadata.Add(new(StreamFields.DlqReason, reason));
            _ = transaction.StreamAddAsync(StreamNames.Dlq(stream), [.. entries[0].Values, .. metadata]);
        }
        _ = transaction.StreamAcknowledgeAsync(stream, group, id);
        await transaction.ExecuteAsync();
    }
}
