using GameDay.Contracts;
using GameDay.Hosting;

namespace GameDay.Chaos.Tests.Kinds;

/// config.crash-loop: config.env plus a supervisor that starts the target again each `backoff` while it is down.
public sealed class CrashLoopFaultTests : IAsyncLifetime
{
    private const string Target = ResourceNames.ExecutionEngine;
    private const string Key = "ConnectionStrings__redis";

    private readonly ChaosRig rig = new();

    public CrashLoopFaultTests() => rig.Stack.Add(Target);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await rig.DisposeAsync();

    [Fact]
    public async Task InjectRestartsWithTheBrokenSettingAndStartsTheTargetAgainEachTimeItExits()
    {
        var fault = rig.Create(Specs.Of("config.crash-loop", Target, $"key={Key}", "value=nowhere:1"));
        await fault.InjectAsync(default);
        Assert.Equal("nowhere:1", rig.Stack[Target].Starts[^1][Key]);

        for (var crash = 1; crash <= 3; crash++)
        {
            rig.Stack.Set(Target, ResourceState.Exited);
            rig.Clock.Advance(TimeSpan.FromSeconds(3));
            await Eventually.HoldsAsync(() => rig.Stack.CommandsTo(Target).Count(c => c == "start") == crash, $"start #{crash}");
            Assert.Equal(ResourceState.Running, rig.Stack[Target].State);
        }

        Assert.All(rig.Stack[Target].Starts, s => Assert.Equal("nowhere:1", s[Key]));
        await fault.RevertAsync(default);
    }

    [Fact]
    public async Task TheSupervisorWaitsTheBackoffBetweenChecks()
    {
        var fault = rig.Create(Specs.Of("config.crash-loop", Target, $"key={Key}", "backoff=10s"));

        await fault.InjectAsync(default);

        Assert.Contains(rig.Clock.Timers, t => t.Due == TimeSpan.FromSeconds(10));
        await fault.RevertAsync(default);
    }

    [Fact]
    public async Task ARunningTargetIsLeftAlone()
    {
        var fault = rig.Create(Specs.Of("config.crash-loop", Target, $"key={Key}"));
        await fault.InjectAsync(default);

        rig.Clock.Advance(TimeSpan.FromSeconds(3));
        await fault.RevertAsync(default);

        Assert.Equal(["restart", "restart"], rig.Stack.CommandsTo(Target));
    }

    [Fact]
    public async Task RevertStopsTheSupervisorRemovesTheSettingAndRestartsOnce()
    {
        var fault = rig.Create(Specs.Of("config.crash-loop", Target, $"key={Key}", "value=nowhere:1"));
        await fault.InjectAsync(default);

        await fault.RevertAsync(default);
        Assert.Equal(0, rig.Clock.LiveTimers);
        Assert.Empty(rig.Stack.ConfigOverrides(Target));
        Assert.Empty(rig.Stack[Target].Starts[^1]);

        rig.Stack.Set(Target, ResourceState.Exited);
        rig.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Contains("already restored", await fault.RevertAsync(default), StringComparison.Ordinal);
        Assert.Equal(["restart", "restart"], rig.Stack.CommandsTo(Target));
    }

    [Fact]
    public async Task RevertAfterTheResponderRestoredTheSettingOnlyStopsTheSupervisor()
    {
        var fault = rig.Create(Specs.Of("config.crash-loop", Target, $"key={Key}", "value=nowhere:1"));
        await fault.InjectAsync(default);

        rig.Stack.ClearConfigOverride(Target, Key);
        await fault.RevertAsync(default);
        rig.Stack.Set(Target, ResourceState.Exited);
        rig.Clock.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal(["restart"], rig.Stack.CommandsTo(Target));
    }

    [Fact]
    public async Task RevertAfterARefusedRestartStartsNoSupervisor()
    {
        var fault = rig.Create(Specs.Of("config.crash-loop", Target, $"key={Key}", "value=nowhere:1"));
        rig.Stack.Refuse(Target, "restart");
        await Assert.ThrowsAsync<InvalidOperationException>(() => fault.InjectAsync(default));

        await fault.RevertAsync(default);
        rig.Stack.Set(Target, ResourceState.Exited);
        rig.Clock.Advance(TimeSpan.FromSeconds(30));

        Assert.Empty(rig.Stack.ConfigOverrides(Target));
        Assert.Equal(["restart", "restart"], rig.Stack.CommandsTo(Target));
    }
}
