using System.Collections.Concurrent;
using GameDay.Hosting.Processes;

namespace GameDay.Hosting.Runtime;

/// Samples the CPU and memory of every resource's process tree every few seconds, for `./gameday ps` and the control
/// API: the stand-in for `docker stats` that the runbooks' first diagnosis step needs. CPU is measured between two
/// samples of the same process (a restart starts it afresh), as `top` does.
internal sealed class ResourceUsageSampler(Func<IEnumerable<(string Name, int? Pid)>> resources, TimeProvider time)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(3);

    private readonly ConcurrentDictionary<string, ResourceUsage> latest = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Sample> previous = new(StringComparer.Ordinal);

    private sealed record Sample(int Pid, ulong CpuTicks, long Timestamp);

    public ResourceUsage? For(string name) => latest.GetValueOrDefault(name);

    public async Task RunAsync(CancellationToken ct)
    {
        try
        {
            while (!ct.IsCancellationRequested)
            {
                var now = resources().ToList();
                Record(now, ProcessUsage.Read(now.Where(r => r.Pid is not null).Select(r => r.Pid!.Value)));
                await Task.Delay(Interval, time, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    /// One round: each resource's reading beside its previous one. A resource without a live process has no usage.
    internal void Record(IEnumerable<(string Name, int? Pid)> current, IReadOnlyDictionary<int, ProcessUsage.Reading> readings)
    {
        var now = time.GetTimestamp();
        foreach (var (name, pid) in current)
        {
            if (pid is not { } id || !readings.TryGetValue(id, out var reading))
            {
                latest.TryRemove(name, out _);
                previous.Remove(name);
                continue;
            }

            double? cpu = previous.TryGetValue(name, out var before) && before.Pid == id
                ? ProcessUsage.CpuPercent(before.CpuTicks, reading.CpuTicks, time.GetElapsedTime(before.Timestamp, now))
                : null;
            previous[name] = new Sample(id, reading.CpuTicks, now);
            latest[name] = new ResourceUsage(cpu, reading.MemoryBytes, reading.Processes);
        }
    }
}
