using GameDay.Hosting.Control;
using GameDay.Hosting.Processes;
using GameDay.Hosting.Runtime;

namespace GameDay.Hosting.Cli;

/// `down`: ask the AppHost to stop and wait for it; if it cannot be asked, reap what it left from the pid files.
internal static class DownVerb
{
    public static async Task<int> RunAsync(AppPaths paths, CancellationToken ct)
    {
        var apphost = AppHostLock.FindLive(paths.AppHostPidFile);
        var state = StackState.TryRead(paths.StateFile);
        if (apphost is not null && state is not null && File.Exists(paths.AdminTokenFile))
        {
            try
            {
                using var api = new ControlApiClient(state.ControlUrl, File.ReadAllText(paths.AdminTokenFile).Trim());
                await api.ShutdownAsync(ct);
                Console.WriteLine($"asked the AppHost (pid {apphost.Pid}) to stop; waiting...");
                await WaitGoneAsync(apphost, TimeSpan.FromSeconds(90), ct);
            }
            catch (HttpRequestException e)
            {
                Console.Error.WriteLine("control API not reachable: " + e.Message);
            }
        }

        if (AppHostLock.FindLive(paths.AppHostPidFile) is { } stuck)
        {
            // Unreachable or hung: SIGTERM lets it stop its children in order; SIGKILL if that does not work.
            Native.Signal(stuck.Pid, Native.SIGTERM);
            if (!await WaitGoneAsync(stuck, TimeSpan.FromSeconds(30), ct))
            {
                Native.Signal(stuck.Pid, Native.SIGKILL);
                await WaitGoneAsync(stuck, TimeSpan.FromSeconds(5), ct);
            }
        }

        var reaped = await Reaper.ReapAsync(paths.Pids, m => Console.WriteLine(m), ct);
        File.Delete(paths.StateFile);
        File.Delete(paths.AppHostPidFile);
        Console.WriteLine(reaped > 0 ? $"stack is down ({reaped} leftover process(es) killed)" : "stack is down");
        return 0;
    }

    private static async Task<bool> WaitGoneAsync(PidFile process, TimeSpan timeout, CancellationToken ct)
    {
        var deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        while (process.MatchesLiveProcess(ProcStat.Read(process.Pid)))
        {
            if (Environment.TickCount64 > deadline)
            {
                return false;
            }

            await Task.Delay(100, ct);
        }

        return true;
    }
}
