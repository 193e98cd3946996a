using System.Globalization;
using System.Runtime.InteropServices;
using GameDay.Hosting.Processes;
using GameDay.Hosting.Runtime;

namespace GameDay.Hosting.Cli;

/// `up`: reap leftovers, start everything, print the table, stream logs until Ctrl+C/SIGTERM/`down`, stop in order.
internal static class UpVerb
{
    private static readonly TimeSpan HealthyTimeout = TimeSpan.FromMinutes(5);

    public static async Task<int> RunAsync(DistributedApplication app, AppPaths paths, CancellationToken ct)
    {
        paths.Create();
        if (AppHostLock.FindLive(paths.AppHostPidFile) is { } other)
        {
            await Console.Error.WriteLineAsync($"A GameDay AppHost is already running (pid {other.Pid}) on {paths.Root}; stop it with ./gameday down.");
            return 1;
        }

        AppHostLock.Acquire(paths.AppHostPidFile);
        try
        {
            await Reaper.ReapAsync(paths.Pids, m => Console.WriteLine("[apphost] " + m), ct);
            return await RunStackAsync(app, paths, ct);
        }
        finally
        {
            AppHostLock.Release(paths.AppHostPidFile);
        }
    }

    private static async Task<int> RunStackAsync(DistributedApplication app, AppPaths paths, CancellationToken ct)
    {
        var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnSignal(PosixSignalContext signal)
        {
            // We stop the children ourselves, in order; the runtime must not exit under them.
            signal.Cancel = true;
            stop.TrySetResult();
        }

        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        using var cancelled = ct.Register(() => stop.TrySetResult());
        var time = app.Options.TimeProvider;
        var started = time.GetTimestamp();
        HostedStack stack;
        try
        {
            stack = await HostedStack.StartAsync(app, paths, ct);
        }
        catch (InvalidOperationException e)
        {
            await Console.Error.WriteLineAsync("[apphost] cannot start: " + e.Message);
            return 1;
        }

        await using (stack)
        {
            Console.WriteLine($"[apphost] dashboard {stack.Control.Url}/ (sign in: ./gameday dashboard prints the link; token in {paths.AdminTokenFile})");
            Console.WriteLine($"[apphost] control API {stack.Control.Url}/api; data in {paths.Root}");
            var healthy = stack.Runtime.WaitForAllHealthyAsync(HealthyTimeout, CancellationToken.None);
            var first = await Task.WhenAny(healthy, stop.Task, stack.ShutdownRequested);
            if (first == healthy)
            {
                Console.WriteLine();
                Table.WriteResources(Console.Out, stack.Runtime.Snapshots());
                var seconds = time.GetElapsedTime(started).TotalSeconds;
                Console.WriteLine(await healthy
                    ? string.Create(CultureInfo.InvariantCulture, $"healthy in {seconds:0.0} s — Ctrl+C stops everything")
                    : "NOT healthy:\n" + stack.Runtime.Describe(10));
                Console.WriteLine();
                await Task.WhenAny(stop.Task, stack.ShutdownRequested);
            }

            Console.WriteLine("[apphost] stopping (dependents first)...");
        }

        Console.WriteLine("[apphost] stopped");
        return 0;
    }
}
