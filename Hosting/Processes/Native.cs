using System.Runtime.InteropServices;

namespace GameDay.Hosting.Processes;

/// Signals go straight to libc: shelling out to kill(1) would race with pid reuse and hide errors.
internal static partial class Native
{
    public const int SIGINT = 2;
    public const int SIGKILL = 9;
    public const int SIGTERM = 15;
    public const int SIGCONT = 18;
    public const int SIGSTOP = 19;

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);

    [DllImport("libc", SetLastError = true)]
    private static extern uint geteuid();

    [DllImport("libc", SetLastError = true)]
    private static extern int chown(string path, int owner, int group);

    public static bool Signal(int pid, int signal) => pid > 0 && kill(pid, signal) == 0;

    /// Negative pid addresses the whole process group (children start as session and group leaders).
    public static bool SignalGroup(int pgid, int signal) => pgid > 0 && kill(-pgid, signal) == 0;

    public static bool IsRoot => geteuid() == 0;

    public static void Chown(string path, int uid, int gid)
    {
        if (chown(path, uid, gid) != 0)
        {
            throw new IOException($"chown {path} failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }
}
