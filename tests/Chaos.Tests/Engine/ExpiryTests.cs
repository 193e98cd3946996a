using GameDay.Contracts;

namespace GameDay.Chaos.Tests.Engine;

/// The engine's expiry loop: a fault is reverted when its duration is up, on the stack's clock.
public sealed class ExpiryTests : IAsyncLifetime
{
    private const string Target = ResourceNames.ExecutionEngine;

    private readonly ChaosRig rig = new();

    public ExpiryTests()
    {
        rig.Stack.Add(Target);
        rig.Stack.Add(ResourceNames.Orchestrator);
    }

    public Task InitializeAsync()
    {
        rig.Engine.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await rig.DisposeAsync();

    [Fact]
    public async Task AFaultRevertsByItselfWhenItsDurationIsUp()
    {
        var view = await rig.Engine.InjectAsync(Specs.Of("process.kill", Target) with { Duration = TimeSpan.FromSeconds(30) }, default);
        Assert.Equal((FaultStates.Active, TestClock.Epoch.AddSeconds(30)), (view.State, view.ExpiresAt));

        rig.Clock.Advance(TimeSpan.FromSeconds(30));
        await Eventually.HoldsAsync(() => rig.Engine.Find(view.Id)!.State == FaultStates.Reverted, "the fault reverted at its expiry");

        var reverted = rig.Engine.Find(view.Id)!;
        Assert.Equal(("duration elapsed", TestClock.Epoch.AddSeconds(30)), (reverted.RevertReason, reverted.RevertedAt));
        Assert.Equal(["kill", "start"], rig.Stack.CommandsTo(Target));
    }

    [Fact]
    public async Task OnlyFaultsWhoseDurationIsUpAreReverted()
    {
        var shorter = await rig.Engine.InjectAsync(Specs.Of("process.kill", Target) with { Duration = TimeSpan.FromSeconds(10) }, default);
        var longer = await rig.Engine.InjectAsync(Specs.Of("process.pause", ResourceNames.Orchestrator) with { Duration = TimeSpan.FromSeconds(30) }, default);

        rig.Clock.Advance(TimeSpan.FromSeconds(10));
        await Eventually.HoldsAsync(() => rig.Engine.Find(shorter.Id)!.State == FaultStates.Reverted, "the shorter fault reverted");

        Assert.Equal(FaultStates.Active, rig.Engine.Find(longer.Id)!.State);
        Assert.Equal(["pause"], rig.Stack.CommandsTo(ResourceNames.Orchestrator));

        rig.Clock.Advance(TimeSpan.FromSeconds(20));
        await Eventually.HoldsAsync(() => rig.Engine.Find(longer.Id)!.State == FaultStates.Reverted, "the longer fault reverted");
        Assert.Equal(["pause", "resume"], rig.Stack.CommandsTo(ResourceNames.Orchestrator));
    }

    [Fact]
    public void TheLoopPollsEveryQuarterSecondOnTheStacksClock() =>
        Assert.Contains(rig.Clock.Timers, t => t.Period == TimeSpan.FromMilliseconds(250));

    [Fact]
    public async Task AnExpiryWhoseRevertFailsIsReportedAndTheNextHealRetriesIt()
    {
        var view = await rig.Engine.InjectAsync(Specs.Of("process.kill", Target) with { Duration = TimeSpan.FromSeconds(5) }, default);
        rig.Stack.Refuse(Target, "start");

        rig.Clock.Advance(TimeSpan.FromSeconds(5));
        await Eventually.HoldsAsync(() => rig.Engine.Find(view.Id)!.State == FaultStates.RevertFailed, "the failed revert reported");

        var healed = Assert.Single(await rig.Engine.HealAsync("heal", null, default));
        Assert.Equal(FaultStates.Reverted, healed.State);
        Assert.Equal(["kill", "start", "start"], rig.Stack.CommandsTo(Target));
    }
}
