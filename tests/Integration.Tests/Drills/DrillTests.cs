using GameDay.AppHost.Drills;
using Xunit.Abstractions;

namespace GameDay.Integration.Tests.Drills;

/// One test per scenario: the drill runs end to end with the responder's autopilot, and every
/// check of its journal passes (detection, severity, runbook, recovery, revert, steady state, invariants). On a stack of
/// their own, beside the other integration tests; the drills that need the machine alone are HeavyDrillTests.
[Collection(DrillStackCollection.Name)]
public sealed class DrillTests(StackFixture stack, ITestOutputHelper output) : IAsyncLifetime
{
    public static TheoryData<string> Scenarios() => new(DrillHarness.ScenarioIds().Where(id => !Machine.HeavyScenarios.Contains(id)));

    public Task InitializeAsync() => stack.EnsureHealthyAsync();

    public Task DisposeAsync() => stack.EnsureHealthyAsync();

    [Theory]
    [MemberData(nameof(Scenarios))]
    public Task TheDrillPassesEveryCheck(string scenario) => DrillHarness.PassesEveryCheckAsync(stack, scenario, output);
}

/// The drills whose fault takes a core or more, in the phase that has the machine to itself (Machine).
[Collection(StackCollection.Name)]
public sealed class HeavyDrillTests(StackFixture stack, ITestOutputHelper output) : IAsyncLifetime
{
    public static TheoryData<string> Scenarios() => new(DrillHarness.ScenarioIds().Where(Machine.HeavyScenarios.Contains));

    public Task InitializeAsync() => stack.EnsureHealthyAsync();

    public Task DisposeAsync() => stack.EnsureHealthyAsync();

    [Theory]
    [MemberData(nameof(Scenarios))]
    [Trait(Machine.Trait, Machine.Alone)]
    public Task TheDrillPassesEveryCheck(string scenario) => DrillHarness.PassesEveryCheckAsync(stack, scenario, output);
}
