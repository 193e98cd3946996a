namespace GameDay.Hosting.Processes;

/// Kills what an earlier AppHost left behind (e.g. after kill -9), using the pid files it wrote.
internal static class Reaper
{
    public static async Task<int> ReapAsync(string pidDirectory, Action<string> log, CancellationToken ct)
    {
        if (!Directory.Exists(pidDirectory))
        {
            return 0;
        }

        var reaped = 0;
        foreach (var path in Directory.EnumerateFiles(pidDirectory, "*.pid"))
        {
            var entry = PidFile.TryRead(path);
            if (entry is not null && entry.MatchesLiveProcess(ProcStat.Read(entry.Pid)))
            {
                log($"reaping leftover {Path.GetFileNameWithoutExtension(path)} (pid {entry.Pid})");
                await KillTreeAsync(entry.Pid, entry.StartTime, TimeSpan.FromSeconds(15), ct);
                reaped++;
            }

            File.Delete(path);
        }

        return reaped;
    }

    /// SIGKILL to the leader, its group and every descendant, then waits until all are gone, so that
    /// a new postmaster finds no old backend still attached to the shared memory. Nothing is signalled unless pid is
    /// still the process started at startTime (a zombie counts: its pid, and so its group id, are not reused yet).
    public static async Task KillTreeAsync(int pid, ulong startTime, TimeSpan timeout, CancellationToken ct)
    {
        if (ProcStat.Read(pid)?.StartTime != startTime)
        {
            return;
        }

        var descendants = ProcStat.Descendants(pid);
        Native.SignalGroup(pid, Native.SIGKILL);
        Native.Signal(pid, Native.SIGKILL);
        foreach (var child in descendants)
        {
            Native.Signal(child.Pid, Native.SIGKILL);
        }

        // Until reaped, even a zombie still answers kill(pid, 0), which is how postgres tests its lock file.
        var deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        while (Environment.TickCount64 < deadline
            && (ProcStat.Read(pid)?.StartTime == startTime || ProcStat.GroupAlive(pid)
                || descendants.Any(d => ProcStat.Read(d.Pid) is { } now && now.StartTime == d.StartTime)))
        {
            await Task.Delay(50, ct);
        }
    }
}
