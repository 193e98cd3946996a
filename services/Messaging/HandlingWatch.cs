using Microsoft.Extensions.Logging;

namespace GameDay.Messaging;

/// Logs an entry whose handling lasts longer than 10 s, then every 30 s while it lasts: the consumer takes no other
/// entry until it returns, so a handler that never returns shows in the log (with the entry to look for in XPENDING),
/// not only in the group's lag.
internal sealed partial class HandlingWatch : IDisposable
{
    private static readonly TimeSpan First = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(30);

    private readonly ITimer timer;

    public HandlingWatch(StreamMessage message, TimeProvider time, ILogger logger)
    {
        var started = time.GetTimestamp();
        timer = time.CreateTimer(_ => LogStillHandling(logger, message.EntryId, message.Type, message.Stream,
            (long)time.GetElapsedTime(started).TotalSeconds), null, First, Every);
    }

    public void Dispose() => timer.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Still handling entry {EntryId} ({Type}) of {Stream} after {Seconds} s; the consumer takes no other entry until it returns")]
    private static partial void LogStillHandling(ILogger logger, string entryId, string type, string stream, long seconds);
}
