using System.Collections.Concurrent;

namespace GameDay.Hosting.Tests;

/// Real time that remembers every timer asked of it: Task.Delay(d, time) shows up here with its d.
internal sealed class RecordingTimeProvider : TimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> delays = new();

    public IReadOnlyList<TimeSpan> Delays => [.. delays];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        delays.Enqueue(dueTime);
        return base.CreateTimer(callback, state, dueTime, period);
    }
}
