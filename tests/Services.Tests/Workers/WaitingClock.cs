using Microsoft.Extensions.Time.Testing;

namespace GameDay.Services.Tests.Workers;

/// A FakeTimeProvider that tells when the code under test starts to wait (each Task.Delay on it creates a
/// timer), so that a test advances the clock only once the wait exists and never races the loop it drives.
internal sealed class WaitingClock() : FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 9, 15, 0, TimeSpan.Zero))
{
    private readonly SemaphoreSlim created = new(0);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        created.Release();
        return timer;
    }

    /// Returns once the code under test has started one more wait.
    public async Task WaitForWaiterAsync()
    {
        if (!await created.WaitAsync(TimeSpan.FromSeconds(10))) throw new TimeoutException("the code under test never started to wait");
    }
}
