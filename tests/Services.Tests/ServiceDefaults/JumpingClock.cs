namespace GameDay.Services.Tests.ServiceDefaults;

/// A manual clock whose timers fire at once: a delay moves the clock forward by its length and completes,
/// so injected latency is measured in clock time without any real waiting.
public sealed class JumpingClock(DateTimeOffset start) : TimeProvider
{
    private long now = start.UtcTicks;
    private long slept;

    /// The sum of every delay a timer was asked for.
    public TimeSpan Slept => TimeSpan.FromTicks(Interlocked.Read(ref slept));

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref now), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref now, by.Ticks);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            Advance(dueTime);
            Interlocked.Add(ref slept, dueTime.Ticks);
            ThreadPool.QueueUserWorkItem(_ => callback(state));
        }
        return new FiredTimer();
    }

    private sealed class FiredTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => false;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
