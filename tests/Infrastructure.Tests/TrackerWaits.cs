using GameDay.Hosting;
using GameDay.Infrastructure.Control;

namespace GameDay.Infrastructure.Tests;

public static class TrackerWaits
{
    /// The resource's snapshot once `condition` holds for it, looked at every `every` (100 ms); fails the test after `wait`.
    public static async Task<ResourceSnapshot> SnapshotAsync(this ResourceTracker tracker, string resource,
        Func<ResourceSnapshot, bool> condition, TimeSpan wait, TimeSpan? every = null)
    {
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            var snapshot = tracker.Find(resource);
            if (snapshot is not null && condition(snapshot)) return snapshot;
            Assert.True(DateTime.UtcNow < deadline, $"{resource} did not get there within {wait.TotalSeconds} s: {snapshot}");
            await Task.Delay(every ?? TimeSpan.FromMilliseconds(100));
        }
    }
}
