using System.Globalization;

namespace GameDay.Hosting.Processes;

/// Reads /proc/<pid>/stat. The start time (field 22) tells a live process from a reused pid; user and system time
/// (fields 14 and 15, in clock ticks) are the CPU it has used.
internal static class ProcStat
{
    public sealed record Entry(int Pid, char State, int ParentPid, int ProcessGroup, ulong StartTime, ulong CpuTicks = 0);

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

        // After ')' come fields 3.. : state(3) ppid(4) pgrp(5) ... utime(14) stime(15) ... starttime(22).
        var rest = stat[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (rest.Length < 20
            || !int.TryParse(rest[1], CultureInfo.InvariantCulture, out var ppid)
            || !int.TryParse(rest[2], CultureInfo.InvariantCulture, out var pgrp)
            || !ulong.TryParse(rest[11], CultureInfo.InvariantCulture, out var user)
            || !ulong.TryParse(rest[12], CultureInfo.InvariantCulture, out var system)
            || !ulong.TryParse(rest[19], CultureInfo.InvariantCulture, out var start))
        {
            return null;
        }

        return new Entry(pid, rest[0][0], ppid, pgrp, start, user + system);
    }

    public static ulong? StartTime(int pid) => Read(pid)?.StartTime;

    /// Zombies count as gone: their parent (possibly init) just has not reaped them yet.
    public static bool IsAlive(int pid) => Read(pid) is { State: not 'Z' and not 'X' };

    public static bool GroupAlive(int pgid) => All().Any(e => e.ProcessGroup == pgid);

    /// Children and their children, found by parent pid. Postgres backends call setsid() themselves,
    /// so the process group alone misses them; once the parent dies they are re-parented and lost, so look first.
    public static IReadOnlyList<Entry> Descendants(int pid) => Descendants(pid, All().ToLookup(e => e.ParentPid));

    /// The same from one walk of /proc (<see cref="All"/>, looked up by parent pid), for many roots at once.
    public static IReadOnlyList<Entry> Descendants(int pid, ILookup<int, Entry> byParent)
    {
        var found = new List<Entry>();
        var seen = new HashSet<int> { pid };
        var frontier = new Queue<int>([pid]);
        while (frontier.TryDequeue(out var parent))
        {
            foreach (var child in byParent[parent].Where(e => seen.Add(e.Pid)))
            {
                found.Add(child);
                frontier.Enqueue(child.Pid);
            }
        }

        return found;
    }

    /// Every live process (zombies left out).
    public static IEnumerable<Entry> All()
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
