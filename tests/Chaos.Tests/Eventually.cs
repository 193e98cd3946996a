using System.Diagnostics;

namespace GameDay.Chaos.Tests;

/// Waits for something another task does (the expiry loop, a supervisor, an HTTP request in flight). The guard
/// only keeps a broken build from hanging the suite; it is not a timing requirement.
internal static class Eventually
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(60);

    public static async Task HoldsAsync(Func<bool> condition, string what)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            if (waited.Elapsed > Guard) Assert.Fail($"never happened: {what}");
            await Task.Delay(10);
        }
    }
}
