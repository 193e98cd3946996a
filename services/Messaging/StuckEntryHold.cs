using StackExchange.Redis;

namespace GameDay.Messaging;

/// Holds an entry marked stuck for this consumer's group as a handler holds one it cannot finish: the consumer goes no
/// further until the entry is no longer pending for it (someone dead-lettered, acknowledged or claimed it), the mark's
/// lease ends, or the service stops. A restart changes nothing: the consumer reads its own pending entries first.
internal static class StuckEntryHold
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);

    /// True when the entry is still this consumer's to process (the lease ended), false when it was taken away.
    public static async Task<bool> HoldAsync(IDatabase db, StreamMessage message, string group, string consumer, TimeProvider time, CancellationToken ct)
    {
        while (time.GetUtcNow() < message.Stuck!.Until)
        {
            var pending = await db.StreamPendingMessagesAsync(message.Stream, group, 1, consumer, message.EntryId, message.EntryId);
            if (pending.Length == 0) return false;
            await Task.Delay(Poll, time, ct);
        }
        return true;
    }
}
