using System.Globalization;

namespace GameDay.Hosting.Processes;

/// Reads /proc/<pid>/stat. The start time (field 22) tells a live process from a reused pid.
internal static class ProcStat
{
    public sealed record Entry(int Pid, char State, int ParentPid, int ProcessGroup, ulong StartTime);

    public static Entry? Read(int pid)
    {
        try
        {
            return Parse(File.ReadAllText($"/proc/{pid}/stat"));
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// The command name (field 2) may contain spaces and parentheses, so fields are counted after the last ')'.
    public static Entry? Parse(string stat)
    {
        var close = stat.LastIndexOf(')');
        var open = stat.IndexOf('(');
        if (close < 0 || open < 0 || !int.TryParse(stat.AsSpan(0, open).Trim(), CultureInfo.InvariantCulture, out var pid))
        {
            return null;
        }

        // After ')' come fields 3.. : state(3) ppid(4) pgrp(5) ... starttime(22).
        var rest = stat[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (rest.Length < 20
            || !int.TryParse(rest[1], CultureInfo.InvariantCulture, out var ppid)
            || !int.TryParse(rest[2], CultureInfo.InvariantCulture, out var pgrp)
            || !ulong.TryParse(rest[19], CultureInfo.InvariantCulture, out var start))
        {
            return null;
        }

        return new Entry(pid, rest[0][0], ppid, pgrp, start);
    }

    public static ulong? StartTime(int pid) => Read(pid)?.StartTime;

    /// Zombies count as gone: their parent (possibly init) just has not reaped them yet.
    public static bool IsAlive(int pid) => Read(pid) is { State: not 'Z' and not 'X' };

    public static bool GroupAlive(int pgid) => All().Any(e => e.ProcessGroup == pgid);

    /// Children and their children, found by parent pid. Postgres backends call setsid() themselves,
    /// so the process group alone misses them; once the parent dies they are re-parented and lost, so look first.
    public static IReadOnlyList<Entry> Descendants(int pid)
    {
        var all = All().ToList();
        var found = new List<Entry>();
        var frontier = new Queue<int>([pid]);
        while (frontier.TryDequeue(out var parent))
        {
            foreach (var child in all.Where(e => e.ParentPid == parent && e.Pid != pid && !found.Contains(e)))
            {
                found.Add(child);
                frontier.Enqueue(child.Pid);
            }
        }

        return found;
    }

    private static IEnumerable<Entry> All()
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), CultureInfo.InvariantCulture, out var pid)
                && Read(pid) is { State: not 'Z' and not 'X' } entry)
            {
                yield return entry;
            }
        }
    }
}
