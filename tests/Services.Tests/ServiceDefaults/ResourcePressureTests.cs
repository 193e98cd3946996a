using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GameDay.ServiceDefaults.Chaos;
using Microsoft.Extensions.DependencyInjection;
using GameDay.Services.Tests.IncidentResponder;

namespace GameDay.Services.Tests.ServiceDefaults;

/// The process faults inside a service: a leak grows at its rate up to its cap and is released when cleared or
/// past its time; a burn runs its threads until cleared; `/admin/chaos/pressure` sets and clears both.
[Collection(ServiceHostCollection.Name)]
public sealed class ResourcePressureTests
{
    private const long MiB = 1 << 20;

    [Fact]
    public void ALeakGrowsAtItsRateUpToItsCapAndClearingReleasesIt()
    {
        var time = new ManualTimeProvider(DateTimeOffset.UnixEpoch);
        using var pressure = new ResourcePressure(time);
        pressure.Set(new PressureSetting(4, 10, 0, time.GetUtcNow() + TimeSpan.FromMinutes(5), "run-1", "f1"));

        time.Advance(TimeSpan.FromSeconds(1));
        pressure.Tick();
        var afterOneSecond = pressure.LeakedBytes;
        time.Advance(TimeSpan.FromSeconds(5));
        pressure.Tick();

        Assert.Equal(4 * MiB, afterOneSecond);
        Assert.Equal(10 * MiB, pressure.LeakedBytes);
        Assert.True(pressure.Clear());
        Assert.Equal(0, pressure.LeakedBytes);
        Assert.False(pressure.Clear());
    }

    [Fact]
    public void PressurePastItsTimeEndsByItselfAtTheNextTick()
    {
        var time = new ManualTimeProvider(DateTimeOffset.UnixEpoch);
        using var pressure = new ResourcePressure(time);
        pressure.Set(new PressureSetting(2, 100, 1, time.GetUtcNow() + TimeSpan.FromSeconds(3), null, null));
        time.Advance(TimeSpan.FromSeconds(2));
        pressure.Tick();
        Assert.Equal((4 * MiB, 1), (pressure.LeakedBytes, pressure.BurningThreads));

        time.Advance(TimeSpan.FromSeconds(2));
        pressure.Tick();

        Assert.Null(pressure.Current);
        Assert.Equal((0L, 0), (pressure.LeakedBytes, pressure.BurningThreads));
    }

    [Fact]
    public void ABurnRunsItsThreadsUntilCleared()
    {
        var time = new ManualTimeProvider(DateTimeOffset.UnixEpoch);
        using var pressure = new ResourcePressure(time);

        pressure.Set(new PressureSetting(0, 1, 2, time.GetUtcNow() + TimeSpan.FromMinutes(1), null, null));
        // The burners' own CPU time (their threads are named), not the process's: other tests run in this process, and how
        // fast the burners get a core depends on the machine's load (a stack beside the tests once held the whole
        // process under 200 ms in a 300 ms window), so the test waits for each burner's CPU time, not for a window.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var burners = BurnerTicks();
        while ((burners.Count != 2 || burners.Any(t => t < 20)) && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            Thread.Sleep(50);
            burners = BurnerTicks();
        }

        Assert.Equal(2, pressure.BurningThreads);
        Assert.True(burners.Count == 2 && burners.All(t => t >= 20),
            $"burner threads' CPU ticks after {waited.Elapsed.TotalSeconds:0.0} s: [{string.Join(", ", burners)}]");
        pressure.Clear();
        Assert.Equal(0, pressure.BurningThreads);
    }

    /// utime + stime (clock ticks) of each live thread of this process named like a CPU burner (/proc/self/task).
    private static List<long> BurnerTicks()
    {
        var ticks = new List<long>();
        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            try
            {
                if (File.ReadAllText(Path.Combine(task, "comm")).Trim() != "chaos-cpu-burn") continue;
                var stat = File.ReadAllText(Path.Combine(task, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                // Fields 14 and 15 of stat; after the command's closing parenthesis the list starts at field 3.
                ticks.Add(long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture));
            }
            catch (IOException)
            {
                // The thread ended while it was read.
            }
        }
        return ticks;
    }

    [Fact]
    public async Task TheAdminRouteSetsAndClearsThePressureAndRefusesABadRequestNamingTheField()
    {
        await using var host = await ChaosHost.StartAsync();
        var pressure = host.App.Services.GetRequiredService<ResourcePressure>();

        using var bad = await host.Client.PutAsJsonAsync("/admin/chaos/pressure", new { cpuCores = 9, durationSeconds = 60 });
        using var put = await host.Client.PutAsJsonAsync("/admin/chaos/pressure", new { leakMbPerSecond = 1, leakCapMb = 2, durationSeconds = 60, runId = "run-3" });
        var set = pressure.Current;
        using var delete = await host.Client.DeleteAsync(new Uri("/admin/chaos/pressure", UriKind.Relative));
        using var again = await host.Client.DeleteAsync(new Uri("/admin/chaos/pressure", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        using (var problem = JsonDocument.Parse(await bad.Content.ReadAsStringAsync()))
        {
            Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("cpuCores", out _));
        }
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal((1.0, 2, "run-3"), (set?.LeakMbPerSecond, set?.LeakCapMb, set?.RunId));
        Assert.Equal(HttpStatusCode.OK, delete.StatusCode);
        Assert.Contains("pressure", await delete.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("""{"cleared":[]}""", await again.Content.ReadAsStringAsync());
        Assert.Null(pressure.Current);
    }
}
