using GameDay.Contracts;
using GameDay.Hosting;

namespace GameDay.Chaos.Tests.Kinds;

/// process.kill, process.stop and process.pause against the fake stack's runner rules.
public sealed class ProcessFaultTests : IAsyncLifetime
{
    private const string Target = ResourceNames.ExecutionEngine;

    private readonly ChaosRig rig = new();

    public ProcessFaultTests()
    {
        rig.Stack.Add(Target);
        rig.Stack.Add(ResourceNames.Orchestrator);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await rig.DisposeAsync();

    [Theory]
    [InlineData("process.kill", "kill", ResourceState.Exited)]
    [InlineData("process.stop", "stop", ResourceState.Finished)]
    public async Task InjectTakesTheResourceDownAndRevertStartsItOnce(string kind, string command, ResourceState down)
    {
        var fault = rig.Create(Specs.Of(kind, Target));

        await fault.InjectAsync(default);
        Assert.Equal([command], rig.Stack.CommandsTo(Target));
        Assert.Equal(down, rig.Stack[Target].State);

        await fault.RevertAsync(default);
        Assert.Equal([command, "start"], rig.Stack.CommandsTo(Target));
        Assert.Equal(ResourceState.Running, rig.Stack[Target].State);

        var again = await fault.RevertAsync(default);
        Assert.Equal([command, "start"], rig.Stack.CommandsTo(Target));
        Assert.Contains("nothing to do", again, StringComparison.Ordinal);
        Assert.Empty(rig.Stack.CommandsTo(ResourceNames.Orchestrator));
    }

    [Fact]
    public async Task PauseStallsTheResourceAndRevertResumesItOnce()
    {
        var fault = rig.Create(Specs.Of("process.pause", Target));

        await fault.InjectAsync(default);
        Assert.True(rig.Stack[Target].Paused);
        Assert.Equal(ResourceState.Running, rig.Stack[Target].State);

        await fault.RevertAsync(default);
        Assert.False(rig.Stack[Target].Paused);
        await fault.RevertAsync(default);
        Assert.Equal(["pause", "resume"], rig.Stack.CommandsTo(Target));
    }

    [Theory]
    [InlineData("process.kill", "kill", ResourceState.Running)]
    [InlineData("process.kill", "kill", ResourceState.Starting)]
    [InlineData("process.stop", "stop", ResourceState.Running)]
    [InlineData("process.stop", "stop", ResourceState.Waiting)]
    public async Task RevertAfterSomeoneElseBroughtTheResourceBackSendsNoSecondStart(string kind, string command, ResourceState broughtBackTo)
    {
        var fault = rig.Create(Specs.Of(kind, Target));
        await fault.InjectAsync(default);

        rig.Stack.Set(Target, broughtBackTo);
        var detail = await fault.RevertAsync(default);

        Assert.Equal([command], rig.Stack.CommandsTo(Target));
        Assert.Equal(broughtBackTo, rig.Stack[Target].State);
        Assert.Contains("nothing to do", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RevertOfAPauseAfterSomeoneElseResumedOrRestartedTheResourceSendsNothing()
    {
        var fault = rig.Create(Specs.Of("process.pause", Target));
        await fault.InjectAsync(default);

        rig.Stack.Set(Target, ResourceState.Running, paused: false);
        await fault.RevertAsync(default);

        Assert.Equal(["pause"], rig.Stack.CommandsTo(Target));
        Assert.False(rig.Stack[Target].Paused);
    }

    [Fact]
    public async Task RevertOfAKillAfterTheResourceCrashedAgainStartsIt()
    {
        var fault = rig.Create(Specs.Of("process.kill", Target));
        await fault.InjectAsync(default);
        rig.Stack.Set(Target, ResourceState.Running);

        rig.Stack.Set(Target, ResourceState.FailedToStart);
        await fault.RevertAsync(default);

        Assert.Equal(["kill", "start"], rig.Stack.CommandsTo(Target));
        Assert.Equal(ResourceState.Running, rig.Stack[Target].State);
    }

    [Theory]
    [InlineData("process.kill", "kill")]
    [InlineData("process.stop", "stop")]
    [InlineData("process.pause", "pause")]
    public async Task ARefusedCommandFailsTheInjectAndTheRevertAfterItChangesNothing(string kind, string command)
    {
        var fault = rig.Create(Specs.Of(kind, Target));
        rig.Stack.Refuse(Target, command);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => fault.InjectAsync(default));
        Assert.Contains($"{command} {Target}", error.Message, StringComparison.Ordinal);

        await fault.RevertAsync(default);
        Assert.Equal([command], rig.Stack.CommandsTo(Target));
        Assert.Equal(ResourceState.Running, rig.Stack[Target].State);
        Assert.False(rig.Stack[Target].Paused);
    }

    [Fact]
    public async Task ARefusedStartFailsTheRevertSoThatTheEngineCanRetryIt()
    {
        var fault = rig.Create(Specs.Of("process.kill", Target));
        await fault.InjectAsync(default);
        rig.Stack.Refuse(Target, "start");

        await Assert.ThrowsAsync<InvalidOperationException>(() => fault.RevertAsync(default));
        Assert.Equal(ResourceState.Exited, rig.Stack[Target].State);

        await fault.RevertAsync(default);
        Assert.Equal(ResourceState.Running, rig.Stack[Target].State);
    }
}
