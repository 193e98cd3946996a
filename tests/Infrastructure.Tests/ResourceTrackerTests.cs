using Aspire.Hosting;
using Aspire.Hosting.Testing;
using GameDay.Hosting;
using GameDay.Infrastructure.Control;
using Microsoft.Extensions.DependencyInjection;

namespace GameDay.Infrastructure.Tests;

/// The resources as GameDay's control API sees them, tracked from Aspire's notifications: a kill is a crash, a start
/// after it a restart, a stop neither; pause and resume reach every process of the resource's tree.
public sealed class ResourceTrackerTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);
    private readonly InfrastructureApp stack = new();

    private ResourceTracker Tracker => stack.App.Services.GetRequiredService<ResourceTracker>();

    public Task InitializeAsync() => stack.StartAsync();

    public Task DisposeAsync() => stack.DisposeAsync().AsTask();

    [Fact]
    public async Task AKillIsACrashAStartAfterItARestartAndAStopNeither()
    {
        var first = await SnapshotAsync("redis", s => s.State == ResourceState.Running && s.Pid is not null);
        Assert.Equal((0, 0), (first.Restarts, first.Crashes));

        Assert.True((await Tracker.ExecuteCommandAsync("redis", ResourceCommands.Kill, default)).Succeeded);
        var killed = await SnapshotAsync("redis", s => s.State is ResourceState.Exited or ResourceState.Finished);
        Assert.Equal((1, (int?)null), (killed.Crashes, killed.Pid));

        Assert.True((await Tracker.ExecuteCommandAsync("redis", ResourceCommands.Start, default)).Succeeded);
        var again = await SnapshotAsync("redis", s => s.State == ResourceState.Running && s.Pid is not null);
        Assert.NotEqual(first.Pid, again.Pid);
        Assert.Equal((1, 1), (again.Restarts, again.Crashes));

        Assert.True((await Tracker.ExecuteCommandAsync("redis", ResourceCommands.Stop, default)).Succeeded);
        var stopped = await SnapshotAsync("redis", s => s.State is ResourceState.Exited or ResourceState.Finished);
        Assert.Equal(1, stopped.Crashes);
        Assert.True(Processes.IsGone(again.Pid!.Value), $"redis pid {again.Pid} outlived its stop");
    }

    [Fact]
    public async Task AStopOfAResourceThatIsDownDoesNotHideItsNextCrash()
    {
        await SnapshotAsync("redis", s => s.State == ResourceState.Running && s.Pid is not null);
        Assert.True((await Tracker.ExecuteCommandAsync("redis", ResourceCommands.Kill, default)).Succeeded);
        await SnapshotAsync("redis", s => s.State is ResourceState.Exited or ResourceState.Finished);
        // Aspire accepts a stop of a process that is gone; no exit follows it.
        await Tracker.ExecuteCommandAsync("redis", ResourceCommands.Stop, default);
        Assert.True((await Tracker.ExecuteCommandAsync("redis", ResourceCommands.Start, default)).Succeeded);
        await SnapshotAsync("redis", s => s.State == ResourceState.Running && s.Pid is not null);

        Assert.True((await Tracker.ExecuteCommandAsync("redis", ResourceCommands.Kill, default)).Succeeded);
        var killed = await SnapshotAsync("redis", s => s.State is ResourceState.Exited or ResourceState.Finished);
        Assert.Equal(2, killed.Crashes);
    }

    [Fact]
    public async Task AKilledPostgresLeavesNoProcessAndStartsAgainOverItsStaleLockFile()
    {
        var running = await SnapshotAsync("postgres", s => s.State == ResourceState.Running && s.Health == HealthStatus.Healthy);
        var tree = Processes.Tree(running.Pid!.Value);

        Assert.True((await Tracker.ExecuteCommandAsync("postgres", ResourceCommands.Kill, default)).Succeeded);
        await UntilAsync("every process of the killed postgres is gone", () => tree.All(Processes.IsGone));
        Assert.True(File.Exists(Path.Combine(stack.Data, "postgres", "postmaster.pid")), "a kill -9 leaves the lock file");

        Assert.True((await Tracker.ExecuteCommandAsync("postgres", ResourceCommands.Start, default)).Succeeded);
        var again = await SnapshotAsync("postgres", s => s.State == ResourceState.Running && s.Pid != running.Pid && s.Health == HealthStatus.Healthy);
        Assert.Equal(1, again.Crashes);
    }

    [Fact]
    public async Task APausedPostgresStopsAndStartsAgain()
    {
        var running = await SnapshotAsync("postgres", s => s.State == ResourceState.Running && s.Health == HealthStatus.Healthy);
        var tree = Processes.Tree(running.Pid!.Value);
        Assert.True((await Tracker.ExecuteCommandAsync("postgres", ResourceCommands.Pause, default)).Succeeded);

        Assert.True((await Tracker.ExecuteCommandAsync("postgres", ResourceCommands.Stop, default)).Succeeded);
        var stopped = await SnapshotAsync("postgres", s => s.State is ResourceState.Exited or ResourceState.Finished);
        await UntilAsync("every process of the stopped postgres is gone", () => tree.All(Processes.IsGone));
        Assert.Equal((0, false), (stopped.Crashes, stopped.Paused));

        Assert.True((await Tracker.ExecuteCommandAsync("postgres", ResourceCommands.Start, default)).Succeeded);
        await SnapshotAsync("postgres", s => s.State == ResourceState.Running && s.Pid != running.Pid && s.Health == HealthStatus.Healthy);
    }

    [Fact]
    public async Task PauseStopsEveryProcessOfTheResourceAndResumeContinuesThem()
    {
        var running = await SnapshotAsync("postgres", s => s.State == ResourceState.Running && s.Health == HealthStatus.Healthy);
        var tree = Processes.Tree(running.Pid!.Value);
        Assert.Contains(tree, pid => Processes.Comm(pid) == "postgres");

        Assert.True((await Tracker.ExecuteCommandAsync("postgres", ResourceCommands.Pause, default)).Succeeded);
        Assert.True(Tracker.Find("postgres")!.Paused);
        // A signal lands when the process is next scheduled: its state follows a moment later.
        await UntilAsync("every process of postgres is stopped", () => tree.All(pid => Processes.State(pid) is 'T' or 'X'));

        Assert.True((await Tracker.ExecuteCommandAsync("postgres", ResourceCommands.Resume, default)).Succeeded);
        Assert.False(Tracker.Find("postgres")!.Paused);
        await UntilAsync("every process of postgres runs again", () => tree.All(pid => Processes.State(pid) != 'T'));
        Assert.False((await Tracker.ExecuteCommandAsync("postgres", ResourceCommands.Resume, default)).Succeeded);
    }

    private Task<ResourceSnapshot> SnapshotAsync(string resource, Func<ResourceSnapshot, bool> condition) =>
        Tracker.SnapshotAsync(resource, condition, Wait);

    private static async Task UntilAsync(string what, Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"not within 5 s: {what}");
            await Task.Delay(20);
        }
    }
}
