using GameDay.Contracts;

namespace GameDay.Chaos.Tests.Engine;

/// An inject that throws: the engine reverts what it may have half-applied and refuses with the kind's name.
public sealed class InjectFailureTests : IAsyncLifetime
{
    private const string Target = ResourceNames.ExecutionEngine;

    private readonly ChaosRig rig = new();

    public InjectFailureTests() => rig.Stack.Add(Target);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await rig.DisposeAsync();

    [Fact]
    public async Task AnInjectThatThrowsLeavesNothingActiveAndTheErrorNamesTheKind()
    {
        rig.Stack.Refuse(Target, "kill");

        var error = await Assert.ThrowsAsync<FaultValidationException>(() => rig.Engine.InjectAsync(Specs.Of("process.kill", Target), default));

        Assert.StartsWith($"process.kill on {Target} could not be injected: kill {Target}", error.Message, StringComparison.Ordinal);
        Assert.Empty(rig.Engine.List(activeOnly: true));
        var failed = Assert.Single(rig.Engine.List());
        Assert.Equal((FaultStates.Reverted, "inject failed"), (failed.State, failed.RevertReason));
        Assert.StartsWith("inject failed:", failed.Detail, StringComparison.Ordinal);
        Assert.Equal(["kill"], rig.Stack.CommandsTo(Target));
    }

    [Fact]
    public async Task AHalfAppliedFaultIsRevertedWhenItsInjectThrows()
    {
        rig.Stack.Refuse(Target, "restart");

        var error = await Assert.ThrowsAsync<FaultValidationException>(() =>
            rig.Engine.InjectAsync(Specs.Of("config.env", Target, "key=Engine__Mode", "value=broken"), default));

        Assert.Contains("config.env", error.Message, StringComparison.Ordinal);
        Assert.Empty(rig.Stack.ConfigOverrides(Target));
        Assert.Equal(["restart", "restart"], rig.Stack.CommandsTo(Target));
        Assert.Empty(rig.Stack[Target].Starts[^1]);
    }

    [Fact]
    public async Task AFailedInjectDoesNotBlockTheNextOneOfTheSameKind()
    {
        rig.Stack.Refuse(Target, "kill");
        await Assert.ThrowsAsync<FaultValidationException>(() => rig.Engine.InjectAsync(Specs.Of("process.kill", Target), default));

        var view = await rig.Engine.InjectAsync(Specs.Of("process.kill", Target), default);

        Assert.Equal(FaultStates.Active, view.State);
        Assert.Equal(["kill", "kill"], rig.Stack.CommandsTo(Target));
    }
}
