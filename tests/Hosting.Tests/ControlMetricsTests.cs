using GameDay.Hosting.Control;

namespace GameDay.Hosting.Tests;

public class ControlMetricsTests
{
    private static readonly IReadOnlyList<ResourceSnapshot> Snapshots =
    [
        Snapshot("broker", ResourceState.Running, HealthStatus.Healthy, restarts: 2, crashes: 1),
        Snapshot("redis", ResourceState.Running, HealthStatus.Unhealthy, paused: true),
        Snapshot("execution-engine", ResourceState.Exited, null),
        Snapshot("signal-generator", ResourceState.Running, HealthStatus.Unhealthy) with { WarmingUp = true },
    ];

    private static ResourceSnapshot Snapshot(
        string name, ResourceState state, HealthStatus? health, int restarts = 0, bool paused = false, int crashes = 0) =>
        new(name, "Project", state, health, state == ResourceState.Running ? 1234 : null, restarts, null, null, paused, [], Crashes: crashes);

    private static string Render() => ControlMetrics.Render(Snapshots, new DiskSpace(1_000, 5_000));

    [Fact]
    public void UpCountsAPausedProcessHealthyOnlyARunningHealthyOne()
    {
        var text = Render();
        Assert.Contains("gameday_resource_up{resource=\"broker\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("gameday_resource_up{resource=\"redis\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("gameday_resource_up{resource=\"execution-engine\"} 0\n", text, StringComparison.Ordinal);
        Assert.Contains("gameday_resource_healthy{resource=\"broker\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("gameday_resource_healthy{resource=\"redis\"} 0\n", text, StringComparison.Ordinal);
        Assert.Contains("gameday_resource_paused{resource=\"redis\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("gameday_resource_paused{resource=\"broker\"} 0\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AResourceWarmingUpAfterARequestedStartIsASeriesOfItsOwn()
    {
        var text = Render();
        Assert.Contains("gameday_resource_warming_up{resource=\"signal-generator\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("gameday_resource_healthy{resource=\"signal-generator\"} 0\n", text, StringComparison.Ordinal);
        Assert.Contains("gameday_resource_warming_up{resource=\"execution-engine\"} 0\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RestartsStateAndDiskAreSeries()
    {
        var text = Render();
        Assert.Contains("# TYPE gameday_resource_restarts_total counter\n", text, StringComparison.Ordinal);
        Assert.Contains("gameday_resource_restarts_total{resource=\"broker\"} 2\n", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE gameday_resource_crashes_total counter\n", text, StringComparison.Ordinal);
        Assert.Contains("gameday_resource_crashes_total{resource=\"broker\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("gameday_resource_crashes_total{resource=\"redis\"} 0\n", text, StringComparison.Ordinal);
        Assert.Contains("gameday_resource_state{resource=\"execution-engine\",state=\"Exited\"} 1\n", text, StringComparison.Ordinal);
        Assert.Contains("gameday_resource_state{resource=\"execution-engine\",state=\"Running\"} 0\n", text, StringComparison.Ordinal);
        Assert.Equal(4, text.Split('\n').Count(l => l.StartsWith("gameday_resource_state{", StringComparison.Ordinal) && l.EndsWith(" 1", StringComparison.Ordinal)));
        Assert.Contains("gameday_data_disk_free_bytes 1000\n", text, StringComparison.Ordinal);
        Assert.Contains("gameday_data_disk_size_bytes 5000\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutDiskSpaceTheDiskSeriesAreLeftOut() =>
        Assert.DoesNotContain("gameday_data_disk", ControlMetrics.Render(Snapshots, null), StringComparison.Ordinal);

    [Fact]
    public void TheDataDirectorysFilesystemHasASize()
    {
        var disk = DiskSpace.Of(Path.GetTempPath());
        Assert.NotNull(disk);
        Assert.InRange(disk.FreeBytes, 0, disk.SizeBytes);
        Assert.True(disk.SizeBytes > 0);
    }

    [Fact]
    public async Task PromtoolAcceptsTheMetricsWithoutLint()
    {
        var (code, output) = await CommandLineTool.RunAsync("promtool", ["check", "metrics"], Render());
        Assert.True(code == 0 && output.Length == 0, output);
    }
}
