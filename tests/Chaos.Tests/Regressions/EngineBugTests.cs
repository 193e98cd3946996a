using GameDay.Chaos.Tests.Fakes;
using GameDay.Contracts;
using Microsoft.Extensions.Logging.Abstractions;

namespace GameDay.Chaos.Tests.Regressions;

/// Regressions: engine, context and fault behaviours that broke the "revert restores what inject changed" contract.
/// Each comment names the bug its test guards against.
public sealed class EngineBugTests : IAsyncLifetime
{
    private readonly ScriptedFault scripted = new();
    private readonly ChaosRig rig;

    public EngineBugTests()
    {
        rig = new ChaosRig(extraKinds: [new ScriptedKind(scripted)]);
        rig.Stack.Add(ResourceNames.ExecutionEngine);
        rig.Stack.Add(ResourceNames.SignalGenerator);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await rig.DisposeAsync();

    // FaultEngine.InjectAsync publishes the entry as active before its inject ran and does not take the gate that
    // RevertAsync takes: heal or the expiry loop reverts it mid-inject, then the inject lands.
    [Fact]
    public async Task AHealDuringAnInjectDoesNotLeaveTheFaultAppliedButMarkedReverted()
    {
        var inject = rig.Engine.InjectAsync(Specs.Of("app.scripted", null), default);
        await scripted.InjectStarted;

        var heal = rig.Engine.HealAsync("heal", null, default);
        await Task.WhenAny(heal, Task.Delay(100));
        scripted.Release();
        await Task.WhenAll(inject, heal);

        var view = Assert.Single(rig.Engine.List());
        Assert.False(scripted.Applied && view.State == FaultStates.Reverted, $"applied, shown {view.State}; log: {string.Join(", ", scripted.Log)}");
    }

    // A fault was listed as active while its inject still ran: a drill runner killed at that moment (CI:
    // HealAfterAKilledDrillRunnerLeavesNoFaultActive) cancelled the inject, which reverted it, yet it had been seen active.
    [Fact]
    public async Task AFaultIsInjectingUntilItsInjectReturns()
    {
        var inject = rig.Engine.InjectAsync(Specs.Of("app.scripted", null), default);
        await scripted.InjectStarted;

        Assert.Equal(FaultStates.Injecting, Assert.Single(rig.Engine.List(activeOnly: true)).State);
        scripted.Release();
        Assert.Equal(FaultStates.Active, (await inject).State);
    }

    // AuthBurstFault.RunAsync creates the client inside the loop task: "no endpoint" faults that task, InjectAsync
    // reports a burst, nothing is sent, and AuthBurstKind.Validate never checks the endpoint.
    [Fact]
    public async Task AnAuthBurstAgainstAResourceWithoutEndpointIsRefused()
    {
        var error = await Record.ExceptionAsync(() => rig.Engine.InjectAsync(Specs.Of("security.auth-burst", ResourceNames.SignalGenerator), default));

        Assert.IsType<FaultValidationException>(error);
    }

    // ConfigOverrideFault.InjectAsync overwrites an existing override and its revert deletes it instead of restoring it.
    [Fact]
    public async Task ConfigRevertRestoresAnOverrideThatWasThereBefore()
    {
        rig.Stack.SetConfigOverride(ResourceNames.ExecutionEngine, "Engine__Mode", "operator-choice");
        var fault = rig.Create(Specs.Of("config.env", ResourceNames.ExecutionEngine, "key=Engine__Mode", "value=broken"));
        await fault.InjectAsync(default);

        await fault.RevertAsync(default);

        Assert.Equal("operator-choice", rig.Stack.ConfigOverrides(ResourceNames.ExecutionEngine).GetValueOrDefault("Engine__Mode"));
    }

    // FaultContext.DisposeAsync awaits the faulted connect task its `redis` Lazy cached, and rethrows.
    [Fact]
    public async Task AContextWhoseRedisCouldNotConnectStillDisposes()
    {
        var context = new FaultContext(rig.Stack);
        await Assert.ThrowsAsync<InvalidOperationException>(context.RedisAsync);

        Assert.Null(await Record.ExceptionAsync(async () => await context.DisposeAsync()));
    }

    // FaultEngine.DisposeAsync cancels the CancellationTokenSource it disposed the first time.
    [Fact]
    public async Task DisposingTheEngineTwiceIsHarmless()
    {
        var engine = new FaultEngine(FaultKinds.Catalog(), new FaultContext(rig.Stack), NullLogger.Instance);
        await engine.DisposeAsync();

        Assert.Null(await Record.ExceptionAsync(async () => await engine.DisposeAsync()));
    }
}
