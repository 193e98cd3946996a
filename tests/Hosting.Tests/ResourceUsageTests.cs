using System.Diagnostics;
using GameDay.Hosting.Cli;
using GameDay.Hosting.Processes;
using GameDay.Hosting.Runtime;
using Microsoft.Extensions.Time.Testing;

namespace GameDay.Hosting.Tests;

/// CPU and memory per resource (`./gameday ps`): read from /proc over the whole process tree, CPU between two samples.
public class ResourceUsageTests
{
    [Fact]
    public void PssIsReadFromSmapsRollupInBytes()
    {
        const string Rollup = "55d0c0a00000-7ffd3c7f2000 ---p 00000000 00:00 0 [rollup]\nRss:   20480 kB\nPss:   12345 kB\nPss_Anon:   9000 kB\n";

        Assert.Equal(12345L * 1024, ProcessUsage.ParsePss(Rollup));
        Assert.Equal(0, ProcessUsage.ParsePss(""));
    }

    [Theory]
    [InlineData(100UL, 250UL, 3.0, 50.0)]
    [InlineData(0UL, 600UL, 3.0, 200.0)]
    [InlineData(500UL, 400UL, 3.0, 0.0)]
    public void CpuIsTheShareOfOneCoreBetweenTwoReadings(ulong before, ulong after, double seconds, double expected) =>
        Assert.Equal(expected, ProcessUsage.CpuPercent(before, after, TimeSpan.FromSeconds(seconds)), 6);

    [Fact]
    public void CpuNeedsTwoSamplesOfTheSameProcessAndAGoneProcessHasNoUsage()
    {
        var time = new FakeTimeProvider();
        (string, int?)[] stack = [("engine", 10), ("db", null)];
        var sampler = new ResourceUsageSampler(() => stack, time);

        sampler.Record(stack, new Dictionary<int, ProcessUsage.Reading> { [10] = new(1000, 50 << 20, 1) });
        Assert.Equal(new ResourceUsage(null, 50 << 20, 1), sampler.For("engine"));
        Assert.Null(sampler.For("db"));

        time.Advance(TimeSpan.FromSeconds(2));
        sampler.Record(stack, new Dictionary<int, ProcessUsage.Reading> { [10] = new(1100, 60 << 20, 2) });
        Assert.Equal(new ResourceUsage(50, 60 << 20, 2), sampler.For("engine"));

        // Restarted: a new pid's CPU time is not compared with the old one's.
        stack = [("engine", 11), ("db", null)];
        time.Advance(TimeSpan.FromSeconds(2));
        sampler.Record(stack, new Dictionary<int, ProcessUsage.Reading> { [11] = new(5, 40 << 20, 1) });
        Assert.Null(sampler.For("engine")!.CpuPercent);

        sampler.Record(stack, new Dictionary<int, ProcessUsage.Reading>());
        Assert.Null(sampler.For("engine"));
    }

    [Fact]
    public async Task AReadingSumsTheProcessAndEverythingItStarted()
    {
        // A fixed amount of work (not a timed busy loop): the shell counts, then its two children sleep.
        using var shell = Process.Start(new ProcessStartInfo("bash", ["-c", "for i in $(seq 1 100000); do :; done; sleep 60 & sleep 60 & wait"])
        {
            RedirectStandardOutput = true,
        })!;
        try
        {
            ProcessUsage.Reading? reading = null;
            var watch = Stopwatch.StartNew();
            while ((reading = ProcessUsage.Read([shell.Id]).GetValueOrDefault(shell.Id)) is not { Processes: 3 } && watch.Elapsed < TimeSpan.FromSeconds(30))
            {
                await Task.Delay(50);
            }

            Assert.NotNull(reading);
            Assert.Equal(3, reading.Processes);
            Assert.True(reading.CpuTicks >= 5, $"the counting loop used {reading.CpuTicks} ticks");
            Assert.True(reading.MemoryBytes > 1 << 20, $"{reading.MemoryBytes} bytes");
            Assert.Empty(ProcessUsage.Read([int.MaxValue]));
        }
        finally
        {
            shell.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public void PsShowsCpuAndMemoryBesideState()
    {
        var output = new StringWriter();
        Table.WriteResources(output,
        [
            new ResourceSnapshot("engine", "Project", ResourceState.Running, HealthStatus.Healthy, 42, 0, null, null, false, [],
                new ResourceUsage(12.345, 150 * 1048576L + 524288, 1)),
            new ResourceSnapshot("db", "PostgresDatabase", ResourceState.Running, HealthStatus.Healthy, null, 0, null, null, false, []),
            new ResourceSnapshot("signals", "Project", ResourceState.Running, HealthStatus.Unhealthy, 43, 1, null, null, false, [],
                WarmingUp: true),
        ]);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^RESOURCE\s+STATE\s+HEALTH\s+PID\s+CPU\s+MEM\s+RESTARTS", lines[0]);
        Assert.Matches(@"^engine\s+Running\s+Healthy\s+42\s+12\.3%\s+150\.5MiB\s+0", lines[1]);
        Assert.Matches(@"^db\s+Running\s+Healthy\s+-\s+-\s+-\s+0", lines[2]);
        Assert.Matches(@"^signals\s+Running\s+Starting\s+43\s+-\s+-\s+1", lines[3]);
    }
}
