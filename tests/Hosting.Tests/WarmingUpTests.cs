using GameDay.Hosting.Processes;
using GameDay.Hosting.Runtime;
using Microsoft.Extensions.Time.Testing;

namespace GameDay.Hosting.Tests;

/// A requested start or restart is warming up (ServiceDown waits it out) until the new process passes its health check,
/// exits, or the grace is over. `mute` is a `sleep` behind an HTTP endpoint: it never answers its health check;
/// `redis` is a real redis-server whose PING health check passes.
public sealed class WarmingUpTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);
    private readonly string root = Directory.CreateTempSubdirectory("gameday-warming-").FullName;
    private readonly string marker = $"3600.{Random.Shared.Next(100_000, 999_999)}";
    private readonly FakeTimeProvider time = new(DateTimeOffset.UtcNow);
    private AppRuntime runtime = null!;

    public async Task InitializeAsync()
    {
        var builder = new DistributedApplicationBuilder(new DistributedApplicationOptions());
        builder.AddExecutable("mute", "sleep", root, marker).WithHttpEndpoint(portVariable: null).WithHttpHealthCheck();
        builder.AddExecutable("quiet", "sleep", root, marker);
        builder.AddRedis("redis").Resource.PasswordSource = () => "warming";
        var paths = new AppPaths(root);
        paths.Create();
        var run = TestResources.Run() with { Paths = paths, RepositoryRoot = root };
        runtime = new AppRuntime(builder.Resources, run, randomPorts: true, echo: null, time);
        runtime.StartProxies();
        runtime.StartResources();
        await Until(() => Snapshot("mute").State == ResourceState.Running && Snapshot("quiet").IsHealthy && Snapshot("redis").IsHealthy);
    }

    public async Task DisposeAsync()
    {
        await runtime.DisposeAsync();
        Directory.Delete(root, true);
    }

    [Fact]
    public void AStartedProcessIsWarmingUpUntilTheGraceIsOver()
    {
        Assert.True(Snapshot("mute").WarmingUp);

        time.Advance(ResourceSnapshot.StartGrace - TimeSpan.FromSeconds(1));
        Assert.True(Snapshot("mute").WarmingUp);

        time.Advance(TimeSpan.FromSeconds(1));
        Assert.False(Snapshot("mute").WarmingUp);
        Assert.False(Snapshot("mute").IsHealthy);
    }

    [Theory]
    [InlineData("redis")]
    [InlineData("quiet")]
    public void AProcessThatPassedItsHealthCheckOrHasNoneIsNoLongerWarmingUp(string name)
    {
        Assert.True(Snapshot(name).IsHealthy);
        Assert.False(Snapshot(name).WarmingUp);
    }

    [Fact]
    public async Task ARestartedProcessWarmsUpUntilItsHealthCheckPasses()
    {
        var result = await runtime.ExecuteAsync("redis", ResourceCommands.Restart, CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        await Until(() => Snapshot("redis").IsHealthy);
        Assert.False(Snapshot("redis").WarmingUp);
    }

    [Fact]
    public async Task AStopEndsTheGrace()
    {
        var result = await runtime.ExecuteAsync("mute", ResourceCommands.Stop, CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(ResourceState.Finished, Snapshot("mute").State);
        Assert.False(Snapshot("mute").WarmingUp);
    }

    [Fact]
    public async Task ARestartStartsTheGraceAgain()
    {
        time.Advance(ResourceSnapshot.StartGrace);
        Assert.False(Snapshot("mute").WarmingUp);

        var result = await runtime.ExecuteAsync("mute", ResourceCommands.Restart, CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        Assert.True(Snapshot("mute").WarmingUp);
    }

    [Fact]
    public async Task AnExitNobodyAskedForEndsTheGraceAtOnce()
    {
        var pid = Snapshot("mute").Pid!.Value;

        Native.Signal(pid, Native.SIGKILL);
        await Until(() => Snapshot("mute").State == ResourceState.Exited);

        Assert.False(Snapshot("mute").WarmingUp);
    }

    private ResourceSnapshot Snapshot(string name) => runtime.Find(name)!.Snapshot();

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(50);
        }
    }
}
