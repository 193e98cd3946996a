using Microsoft.Extensions.Logging;

namespace GameDay.Messaging;

/// Watches one subscription's consumer and logs an entry whose handling has lasted 10 s, then every 30 s while it lasts:
/// the consumer takes no other entry until it returns, so a handler that never returns shows in the log (with the entry
/// to look for in XPENDING), not only in the group's lag. One timer per subscription; handling an entry only swaps a
/// reference, so the hot path gains no timer.
internal sealed partial class HandlingWatch : IDisposable
{
    private static readonly TimeSpan First = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(5);

    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly ITimer timer;
    private Handling? current;

    public HandlingWatch(TimeProvider time, ILogger logger)
    {
        (this.time, this.logger) = (time, logger);
        timer = time.CreateTimer(_ => Check(), null, Tick, Tick);
    }

    public void Begin(StreamMessage message) => Volatile.Write(ref current, new Handling(message, time.GetTimestamp()));

    public void End() => Volatile.Write(ref current, null);

    public void Dispose() => timer.Dispose();

    private void Check()
    {
        if (Volatile.Read(ref current) is not { } handling) return;
        var elapsed = time.GetElapsedTime(handling.Started);
        if (elapsed < handling.NextLog) return;
        handling.NextLog = elapsed + Every; // only the timer's callback reads or writes it
        LogStillHandling(logger, handling.Message.EntryId, handling.Message.Type, handling.Message.Stream, (long)elapsed.TotalSeconds);
    }

    private sealed class Handling(StreamMessage message, long started)
    {
        public StreamMessage Message { get; } = message;

        public long Started { get; } = started;

        public TimeSpan NextLog { get; set; } = First;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Still handling entry {EntryId} ({Type}) of {Stream} after {Seconds} s; the consumer takes no other entry until it returns")]
    private static partial void LogStillHandling(ILogger logger, string entryId, string type, string stream, long seconds);
}
