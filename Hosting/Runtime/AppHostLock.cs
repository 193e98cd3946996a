using GameDay.Hosting.Processes;

namespace GameDay.Hosting.Runtime;

/// run/apphost.pid: one AppHost per data directory. A stale file (dead or reused pid) does not block.
internal static class AppHostLock
{
    public static PidFile? FindLive(string path) =>
        PidFile.TryRead(path) is { } entry && entry.Pid != Environment.ProcessId && entry.MatchesLiveProcess(ProcStat.Read(entry.Pid))
            ? entry
            : null;

    public static void Acquire(string path) =>
        new PidFile(Environment.ProcessId, ProcStat.StartTime(Environment.ProcessId) ?? 0).Write(path);

    public static void Release(string path)
    {
        if (PidFile.TryRead(path)?.Pid == Environment.ProcessId)
        {
            File.Delete(path);
        }
    }
}
