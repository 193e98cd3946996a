namespace GameDay.ServiceDefaults.Workers;

/// How long a failing loop waits before its next round: `First`, doubling each failure up to `Max`. The
/// cap keeps recovery prompt once the dependency is back; the doubling keeps a loop that fails at
/// once (a bug) from spinning. No jitter: each loop runs in its own process against a local
/// dependency, and a drill must replay the same way.
public sealed record WorkerBackoff(TimeSpan First, TimeSpan Max)
{
    public static readonly WorkerBackoff Default = new(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));

    /// The pause after the `failures`-th failure in a row (1 for the first).
    public TimeSpan After(int failures)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failures, 1);
        // 2^20 times First is past any sensible Max, and far from overflowing.
        return TimeSpan.FromTicks(Math.Min(First.Ticks << Math.Min(failures - 1, 20), Max.Ticks));
    }
}
