using GameDay.Chaos.Tests.Fakes;
using GameDay.Contracts;

namespace GameDay.Chaos.Tests.Engine;

/// Requests the engine refuses before touching anything, with a message that says what to fix.
public sealed class RefusalTests : IAsyncLifetime
{
    private const string Target = ResourceNames.ExecutionEngine;

    private readonly ChaosRig rig = new();

    public RefusalTests()
    {
        rig.Stack.Add(Target);
        rig.Stack.Add(ResourceNames.Orchestrator);
        rig.Stack.Add(ResourceNames.Broker);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await rig.DisposeAsync();

    [Fact]
    public async Task AnUnknownKindIsRefusedWithTheKnownKinds()
    {
        var message = await RefusedAsync(Specs.Of("process.explode", Target));

        Assert.StartsWith("unknown fault kind 'process.explode' (known: ", message, StringComparison.Ordinal);
        Assert.Contains("process.kill", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public async Task AMissingTargetIsRefused(string? target) =>
        Assert.Equal("process.kill needs a target resource.", await RefusedAsync(Specs.Of("process.kill", target)));

    [Fact]
    public async Task AnUnknownTargetIsRefusedWithTheResources() =>
        Assert.Equal("unknown target 'execution-enigne' (resources: broker, execution-engine, orchestrator).",
            await RefusedAsync(Specs.Of("process.kill", "execution-enigne")));

    [Fact]
    public async Task AMissingParameterIsRefused() =>
        Assert.Equal("config.env needs parameter 'key'.", await RefusedAsync(Specs.Of("config.env", Target, "value=1")));

    [Theory]
    [InlineData("config.env", "key=A;vaule=1", "config.env has no parameter 'vaule' (known: key, value).")]
    [InlineData("process.kill", "signal=9", "process.kill has no parameter 'signal' (known: none).")]
    public async Task AnUnknownParameterIsRefusedWithTheKnownOnes(string kind, string with, string expected) =>
        Assert.Equal(expected, await RefusedAsync(Specs.Of(kind, Target, with.Split(';'))));

    [Theory]
    [InlineData(0)]
    [InlineData(-1_000)]
    [InlineData(15 * 60 * 1000 + 1)]
    public async Task ADurationOfZeroOrAboveFifteenMinutesIsRefused(int milliseconds) =>
        Assert.Equal("duration must be above 0 and at most 15 minutes.",
            await RefusedAsync(Specs.Of("process.kill", Target) with { Duration = TimeSpan.FromMilliseconds(milliseconds) }));

    [Fact]
    public async Task FifteenMinutesIsAccepted()
    {
        var view = await rig.Engine.InjectAsync(Specs.Of("process.kill", Target) with { Duration = FaultEngine.MaxDuration }, default);

        Assert.Equal(TestClock.Epoch.AddMinutes(15), view.ExpiresAt);
    }

    [Fact]
    public async Task ASecondActiveFaultOfTheSameKindOnTheSameTargetIsRefused()
    {
        var first = await rig.Engine.InjectAsync(Specs.Of("process.pause", Target), default);

        var message = await RefusedAsync(Specs.Of("process.pause", Target) with { RunId = "run-2" }, commandsBefore: 1);

        Assert.Equal($"process.pause on {Target} is already active as {first.Id}; revert it first.", message);
    }

    [Fact]
    public async Task ASecondFaultOfAKindWithoutTargetIsRefusedForTheWholeStack()
    {
        await using var broker = await AdminListener.StartAsync();
        rig.Stack[ResourceNames.Broker].Url = broker.Url;
        var first = await rig.Engine.InjectAsync(Specs.Of("venue.expire-tokens", null), default);

        Assert.Equal($"venue.expire-tokens on the stack is already active as {first.Id}; revert it first.",
            await RefusedAsync(Specs.Of("venue.expire-tokens", null)));
        Assert.Single(broker.Requests);
    }

    [Fact]
    public async Task TheSameKindOnAnotherTargetAnotherKindOnTheSameTargetAndARepeatAfterRevertAreAccepted()
    {
        var first = await rig.Engine.InjectAsync(Specs.Of("process.pause", Target), default);
        await rig.Engine.InjectAsync(Specs.Of("process.pause", ResourceNames.Orchestrator), default);
        await rig.Engine.InjectAsync(Specs.Of("config.env", Target, "key=A", "value=1"), default);

        await rig.Engine.RevertAsync(first.Id, "test", default);
        var again = await rig.Engine.InjectAsync(Specs.Of("process.pause", Target), default);

        Assert.Equal(FaultStates.Active, again.State);
        Assert.Equal(3, rig.Engine.List(activeOnly: true).Count);
    }

    private async Task<string> RefusedAsync(FaultSpec spec, int commandsBefore = 0)
    {
        var faultsBefore = rig.Engine.List().Count;
        var error = await Assert.ThrowsAsync<FaultValidationException>(() => rig.Engine.InjectAsync(spec, default));
        Assert.Equal(faultsBefore, rig.Engine.List().Count);
        Assert.Equal(commandsBefore, rig.Stack.Commands.Count);
        return error.Message;
    }
}
