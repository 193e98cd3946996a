namespace GameDay.Infrastructure.Tests;

/// What /proc says of the processes a test looks at: a process tree, states, command lines.
public static class Processes
{
    /// The process and its descendants (a wrapper's server, a postmaster's backends).
    public static List<int> Tree(int root)
    {
        var byParent = Directory.GetDirectories("/proc").Select(d => Path.GetFileName(d))
            .Where(n => n.All(char.IsAsciiDigit)).Select(int.Parse)
            .Select(pid => (Pid: pid, Parent: Parent(pid))).Where(p => p.Parent is not null).ToLookup(p => p.Parent!.Value, p => p.Pid);
        var all = new List<int> { root };
        for (var i = 0; i < all.Count; i++) all.AddRange(byParent[all[i]]);
        return all;
    }

    /// R, S, T (stopped), Z (zombie)...; X when the process is gone.
    public static char State(int pid) => Stat(pid)?[0][0] ?? 'X';

    public static bool IsGone(int pid) => State(pid) is 'Z' or 'X';

    public static string? Comm(int pid) => Read($"/proc/{pid}/comm")?.Trim();

    /// The command line and environment, NULs as spaces.
    public static string CommandLineAndEnvironment(int pid) =>
        ((Read($"/proc/{pid}/cmdline") ?? "") + " " + (Read($"/proc/{pid}/environ") ?? "")).Replace('\0', ' ');

    private static int? Parent(int pid) => Stat(pid) is { } f ? int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture) : null;

    private static string[]? Stat(int pid) =>
        Read($"/proc/{pid}/stat") is { } stat ? stat[(stat.LastIndexOf(')') + 2)..].Split(' ') : null;

    private static string? Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
