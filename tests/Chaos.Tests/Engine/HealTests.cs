using GameDay.Contracts;
using GameDay.Hosting.Proxy;
using Microsoft.Extensions.Logging.Abstractions;

namespace GameDay.Chaos.Tests.Engine;

/// Heal (all faults, or one run's), revert by id, and the heal of an engine that stops.
public sealed class HealTests : IAsyncLifetime
{
    private const string Target = ResourceNames.ExecutionEngine;
    private const string Other = ResourceNames.Orchestrator;

    private readonly ChaosRig rig = new();
    private readonly TcpProxy proxy;

    public HealTests()
    {
        rig.Stack.Add(Target);
        rig.Stack.Add(Other);
        proxy = rig.Stack.AddWithProxy(ResourceNames.Postgres);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await rig.DisposeAsync();

    [Fact]
    public async Task HealRevertsEveryActiveFault()
    {
        await rig.Engine.InjectAsync(Specs.Of("process.kill", Target), default);
        await rig.Engine.InjectAsync(Specs.Of("process.pause", Other) with { RunId = "run-2" }, default);
        await rig.Engine.InjectAsync(Specs.Of("network.latency", ResourceNames.Postgres, "latency=1s") with { RunId = null }, default);

        var healed = await rig.Engine.HealAsync("heal", null, default);

        Assert.Equal(3, healed.Count);
        Assert.All(healed, v => Assert.Equal((FaultStates.Reverted, "heal"), (v.State, v.RevertReason)));
        Assert.Empty(rig.Engine.List(activeOnly: true));
        Assert.Equal(3, rig.Engine.List().Count);
        Assert.Equal(["kill", "start"], rig.Stack.CommandsTo(Target));
        Assert.Equal(["pause", "resume"], rig.Stack.CommandsTo(Other));
        Assert.True(proxy.Settings.IsPassThrough);
        Assert.Empty(await rig.Engine.HealAsync("heal", null, default));
    }

    [Fact]
    public async Task HealWithARunIdRevertsOnlyThatRunsFaults()
    {
        var mine = await rig.Engine.InjectAsync(Specs.Of("process.kill", Target) with { RunId = "run-a" }, default);
        var theirs = await rig.Engine.InjectAsync(Specs.Of("process.pause", Other) with { RunId = "run-b" }, default);
        var nobodys = await rig.Engine.InjectAsync(Specs.Of("network.reset", ResourceNames.Postgres) with { RunId = null }, default);

        var healed = Assert.Single(await rig.Engine.HealAsync("run-a finished", "run-a", default));

        Assert.Equal((mine.Id, FaultStates.Reverted, "run-a finished"), (healed.Id, healed.State, healed.RevertReason));
        Assert.Equal(FaultStates.Active, rig.Engine.Find(theirs.Id)!.State);
        Assert.Equal(FaultStates.Active, rig.Engine.Find(nobodys.Id)!.State);
        Assert.True(rig.Stack[Other].Paused);
        Assert.True(proxy.Settings.Reset);
    }

    [Fact]
    public async Task HealRevertsTheNewestFaultFirst()
    {
        var config = await rig.Engine.InjectAsync(Specs.Of("config.env", Target, "key=Engine__Mode", "value=broken"), default);
        rig.Clock.Advance(TimeSpan.FromSeconds(1));
        var kill = await rig.Engine.InjectAsync(Specs.Of("process.kill", Target), default);

        var healed = await rig.Engine.HealAsync("heal", null, default);

        Assert.Equal([kill.Id, config.Id], healed.Select(v => v.Id));
        Assert.Equal(["restart", "kill", "start", "restart"], rig.Stack.CommandsTo(Target));
        Assert.Empty(rig.Stack[Target].Starts[^1]);
    }

    [Fact]
    public async Task AFailingRevertIsReportedAndRetriedByTheNextHeal()
    {
        var view = await rig.Engine.InjectAsync(Specs.Of("process.kill", Target), default);
        rig.Stack.Refuse(Target, "start");

        var failed = Assert.Single(await rig.Engine.HealAsync("heal", null, default));
        Assert.Equal((view.Id, FaultStates.RevertFailed), (failed.Id, failed.State));
        Assert.StartsWith($"revert failed: start {Target}", failed.RevertDetail, StringComparison.Ordinal);
        Assert.Null(failed.RevertedAt);
        Assert.Equal(view.Id, Assert.Single(rig.Engine.List(activeOnly: true)).Id);

        var retried = Assert.Single(await rig.Engine.HealAsync("heal again", null, default));
        Assert.Equal((FaultStates.Reverted, "heal again"), (retried.State, retried.RevertReason));
        Assert.Equal(["kill", "start", "start"], rig.Stack.CommandsTo(Target));
        Assert.Empty(rig.Engine.List(activeOnly: true));
    }

    [Fact]
    public async Task RevertByIdRevertsOnceAndAnUnknownIdIsNull()
    {
        var view = await rig.Engine.InjectAsync(Specs.Of("process.stop", Target), default);

        var reverted = await rig.Engine.RevertAsync(view.Id, "reverted on request", default);
        var again = await rig.Engine.RevertAsync(view.Id, "again", default);

        Assert.Equal((FaultStates.Reverted, "reverted on request"), (reverted!.State, reverted.RevertReason));
        Assert.Equal(reverted, again);
        Assert.Equal(["stop", "start"], rig.Stack.CommandsTo(Target));
        Assert.Null(await rig.Engine.RevertAsync("f9999", "nothing", default));
    }

    [Fact]
    public async Task AnEngineThatStopsRevertsWhatIsStillActive()
    {
        var engine = new FaultEngine(FaultKinds.Catalog(), new FaultContext(rig.Stack), NullLogger.Instance);
        engine.Start();
        await engine.InjectAsync(Specs.Of("process.kill", Target), default);
        await engine.InjectAsync(Specs.Of("network.blackhole", ResourceNames.Postgres), default);

        await engine.DisposeAsync();

        Assert.All(engine.List(), v => Assert.Equal((FaultStates.Reverted, "the AppHost stopped"), (v.State, v.RevertReason)));
        Assert.Equal(["kill", "start"], rig.Stack.CommandsTo(Target));
        Assert.True(proxy.Settings.IsPassThrough);
    }
}
