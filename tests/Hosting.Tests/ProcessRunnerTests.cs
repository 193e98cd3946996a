using GameDay.Hosting.Processes;
using GameDay.Hosting.Runtime;

namespace GameDay.Hosting.Tests;

/// A real runtime around one `sleep` resource in a temp directory; no endpoint, so no port is taken.
public sealed class ProcessRunnerTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);
    private readonly string root = Directory.CreateTempSubdirectory("gameday-runner-").FullName;
    private readonly string marker = $"3600.{Random.Shared.Next(100_000, 999_999)}";
    private AppRuntime runtime = null!;

    public async Task InitializeAsync()
    {
        var builder = new DistributedApplicationBuilder(new DistributedApplicationOptions());
        builder.AddExecutable("sleeper", "sleep", root, marker);
        var paths = new AppPaths(root);
        paths.Create();
        var run = TestResources.Run() with { Paths = paths, RepositoryRoot = root };
        runtime = new AppRuntime(builder.Resources, run, randomPorts: true, echo: null, TimeProvider.System);
        runtime.StartProxies();
        runtime.StartResources();
        Assert.True(await runtime.WaitForAllHealthyAsync(Timeout, CancellationToken.None), runtime.Describe(10));
    }

    public async Task DisposeAsync()
    {
        await runtime.DisposeAsync();
        foreach (var pid in Sleepers())
        {
            Native.Signal(pid, Native.SIGKILL);
        }

        Directory.Delete(root, true);
    }

    [Theory]
    [InlineData(ResourceCommands.FailoverPath)]
    [InlineData(ResourceCommands.FailbackPath)]
    public async Task APathCommandOnAResourceWithoutAnEndpointIsRefusedAndLeavesItRunning(string command)
    {
        var result = await runtime.ExecuteAsync("sleeper", command, CancellationToken.None);

        Assert.Equal(CommandOutcome.InvalidState, result.Outcome);
        Assert.Equal("sleeper has no endpoint, so no network path to switch.", result.Message);
        Assert.Equal(ResourceState.Running, runtime.Find("sleeper")!.Snapshot().State);
    }

    [Fact]
    public async Task StartAndRestartAreRefusedOnceShutdownHasBegun()
    {
        await runtime.StopAsync();

        var start = await runtime.ExecuteAsync("sleeper", ResourceCommands.Start, CancellationToken.None);
        var restart = await runtime.ExecuteAsync("sleeper", ResourceCommands.Restart, CancellationToken.None);

        Assert.Equal(CommandOutcome.InvalidState, start.Outcome);
        Assert.Equal(CommandOutcome.InvalidState, restart.Outcome);
        Assert.Equal(ResourceState.Finished, runtime.Find("sleeper")!.Snapshot().State);
        Assert.Empty(Sleepers());
    }

    [Fact]
    public async Task ARestartRacingShutdownLeavesNoProcessBehind()
    {
        var restart = Task.Run(() => runtime.ExecuteAsync("sleeper", ResourceCommands.Restart, CancellationToken.None));
        await Task.Delay(20);
        await runtime.StopAsync();
        await restart.WaitAsync(Timeout);

        Assert.Null(runtime.Find("sleeper")!.Snapshot().Pid);
        Assert.Empty(Sleepers());
    }

    [Fact]
    public async Task ARestartWhoseCallerHangsUpStillBringsTheResourceBack()
    {
        var before = runtime.Find("sleeper")!.Snapshot().Pid;
        using var caller = new CancellationTokenSource();

        var restart = runtime.ExecuteAsync("sleeper", ResourceCommands.Restart, caller.Token);
        await caller.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => restart);
        var deadline = DateTime.UtcNow + Timeout;
        while (runtime.Find("sleeper")!.Snapshot() is var s && (s.Pid == before || s.State != ResourceState.Running) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        var after = runtime.Find("sleeper")!.Snapshot();
        Assert.Equal(ResourceState.Running, after.State);
        Assert.NotEqual(before, after.Pid);
        Assert.Single(Sleepers());
    }

    [Fact]
    public async Task KillEndsTheObservedProcessAndReportsItsExit()
    {
        var pid = runtime.Find("sleeper")!.Snapshot().Pid;

        var result = await runtime.ExecuteAsync("sleeper", ResourceCommands.Kill, CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        var after = runtime.Find("sleeper")!.Snapshot();
        Assert.Equal((ResourceState.Exited, 137, (int?)null), (after.State, after.ExitCode, after.Pid));
        Assert.NotNull(pid);
        Assert.False(ProcStat.IsAlive(pid.Value));
        Assert.Equal(1, after.Crashes);
    }

    [Fact]
    public async Task ARestartAskedForIsNoCrash()
    {
        var result = await runtime.ExecuteAsync("sleeper", ResourceCommands.Restart, CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        var after = runtime.Find("sleeper")!.Snapshot();
        Assert.Equal((1, 0), (after.Restarts, after.Crashes));
    }

    [Fact]
    public async Task KillTreeSparesAPidWhoseStartTimeNoLongerMatches()
    {
        var pid = runtime.Find("sleeper")!.Snapshot().Pid!.Value;
        var start = ProcStat.StartTime(pid)!.Value;

        await Reaper.KillTreeAsync(pid, start + 1, TimeSpan.FromSeconds(1), CancellationToken.None);
        Assert.True(ProcStat.IsAlive(pid));

        await Reaper.KillTreeAsync(pid, start, Timeout, CancellationToken.None);
        Assert.False(ProcStat.IsAlive(pid));
    }

    [Fact]
    public async Task TheSnapshotCarriesTheProcesssCpuAndMemoryOnceSampledTwice()
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (runtime.Find("sleeper")!.Snapshot().Usage?.CpuPercent is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        var usage = runtime.Find("sleeper")!.Snapshot().Usage;
        Assert.NotNull(usage?.CpuPercent);
        Assert.Equal(1, usage.Processes);
        Assert.True(usage.MemoryBytes > 0);
    }

    /// Every live `sleep <marker>`: the resource's own process and any orphan a late launch left.
    private List<int> Sleepers() =>
        Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : 0)
            .Where(pid => pid > 0 && ProcStat.IsAlive(pid) && CommandLine(pid).Contains(marker, StringComparison.Ordinal))
            .ToList();

    private static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }
}
