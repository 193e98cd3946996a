namespace GameDay.Integration.Tests;

/// The integration tests run on two stacks side by side (StackCollection and DrillStackCollection), which share the
/// machine's two cores. Every test shares the machine; a test that takes a core or more on its own (shadow strategies
/// burning the CPU, a service restarted every few seconds, Redis reloading a large file again and again) runs alone,
/// so that the tests on the other stack are never measured against a machine it saturates. A reader-writer gate: a
/// test that waits to run alone lets no new test in, and starts when the running ones have ended.
public static class MachineShare
{
    /// The drills whose fault takes a core or more.
    public static readonly IReadOnlySet<string> CpuHeavyScenarios = new HashSet<string>(StringComparer.Ordinal)
    {
        "high-cpu", "signal-latency", "crash-loop",
    };

    private static readonly SemaphoreSlim Turnstile = new(1, 1);
    private static readonly SemaphoreSlim Machine = new(1, 1);
    private static readonly SemaphoreSlim SharersGate = new(1, 1);
    private static int sharers;

    public static async Task<IAsyncDisposable> ShareAsync()
    {
        await Turnstile.WaitAsync();
        Turnstile.Release();
        await SharersGate.WaitAsync();
        try
        {
            if (++sharers == 1) await Machine.WaitAsync();
        }
        finally
        {
            SharersGate.Release();
        }
        return new Lease(LeaveShareAsync);
    }

    public static async Task<IAsyncDisposable> AloneAsync()
    {
        await Turnstile.WaitAsync();
        await Machine.WaitAsync();
        return new Lease(() =>
        {
            Machine.Release();
            Turnstile.Release();
            return Task.CompletedTask;
        });
    }

    private static async Task LeaveShareAsync()
    {
        await SharersGate.WaitAsync();
        try
        {
            if (--sharers == 0) Machine.Release();
        }
        finally
        {
            SharersGate.Release();
        }
    }

    private sealed class Lease(Func<Task> release) : IAsyncDisposable
    {
        private int released;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) await release();
        }
    }
}
