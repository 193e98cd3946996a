using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace GameDay.Chaos.Tests;

/// Fake time that moves only when a test advances it, and remembers every timer asked of it (a Task.Delay or a
/// PeriodicTimer on it shows up here with its due time and period) and how many are still alive.
internal sealed class TestClock() : FakeTimeProvider(Epoch)
{
    public static readonly DateTimeOffset Epoch = new(2025, 6, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly ConcurrentQueue<(TimeSpan Due, TimeSpan Period)> timers = new();
    private int live;

    public IReadOnlyList<(TimeSpan Due, TimeSpan Period)> Timers => [.. timers];

    /// Timers created and not yet disposed: after a revert, whatever the fault ran on this clock is gone.
    public int LiveTimers => Volatile.Read(ref live);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        timers.Enqueue((dueTime, period));
        Interlocked.Increment(ref live);
        return new TrackedTimer(base.CreateTimer(callback, state, dueTime, period), () => Interlocked.Decrement(ref live));
    }

    private sealed class TrackedTimer(ITimer inner, Action disposed) : ITimer
    {
        private int done;

        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(dueTime, period);

        public void Dispose()
        {
            inner.Dispose();
            if (Interlocked.Exchange(ref done, 1) == 0) disposed();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
