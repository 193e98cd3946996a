using System.Globalization;

namespace GameDay.Hosting.Processes;

/// What a process and everything it started use, as `docker stats` shows of a container: the CPU time they have
/// used (user and system, in clock ticks) and their memory as the proportional set size, so that the pages they
/// share (PostgreSQL's shared buffers, the runtime's mapped images) count once, not once per process.
internal static class ProcessUsage
{
    public sealed record Reading(ulong CpuTicks, long MemoryBytes, int Processes);

    /// Clock ticks per second of /proc's CPU times (sysconf(_SC_CLK_TCK)); 100 on every Linux that .NET runs on.
    public const double TicksPerSecond = 100;

    /// A reading per root pid that is alive, from one walk of /proc.
    public static IReadOnlyDictionary<int, Reading> Read(IEnumerable<int> roots)
    {
        var all = ProcStat.All().ToList();
        var byPid = all.ToDictionary(e => e.Pid);
        var byParent = all.ToLookup(e => e.ParentPid);
        var readings = new Dictionary<int, Reading>();
        foreach (var root in roots.Distinct())
        {
            if (!byPid.TryGetValue(root, out var top)) continue;
            List<ProcStat.Entry> tree = [top, .. ProcStat.Descendants(root, byParent)];
            readings[root] = new(tree.Aggregate(0UL, (sum, e) => sum + e.CpuTicks), tree.Sum(e => Pss(e.Pid)), tree.Count);
        }

        return readings;
    }

    /// The share of one core used between two readings of the same process tree (100 = one core busy).
    public static double CpuPercent(ulong ticksBefore, ulong ticksAfter, TimeSpan elapsed) =>
        ticksAfter < ticksBefore || elapsed <= TimeSpan.Zero ? 0 : (ticksAfter - ticksBefore) / TicksPerSecond / elapsed.TotalSeconds * 100;

    /// The `Pss:` line of smaps_rollup, in bytes; 0 for a process that went away meanwhile or cannot be read.
    public static long ParsePss(string rollup)
    {
        foreach (var line in rollup.Split('\n'))
        {
            if (!line.StartsWith("Pss:", StringComparison.Ordinal)) continue;
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return parts.Length >= 2 && long.TryParse(parts[1], CultureInfo.InvariantCulture, out var kb) ? kb * 1024 : 0;
        }

        return 0;
    }

    private static long Pss(int pid)
    {
        try
        {
            return ParsePss(File.ReadAllText($"/proc/{pid}/smaps_rollup"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
