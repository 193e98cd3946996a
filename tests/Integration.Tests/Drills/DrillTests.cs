using GameDay.AppHost.Drills;
using Xunit.Abstractions;

namespace GameDay.Integration.Tests.Drills;

/// One test per scenario: the drill runs end to end with the responder's autopilot, and every
/// check of its journal passes (detection, severity, runbook, recovery, revert, steady state, invariants). On a stack of
/// their own, beside the other integration tests.
[Collection(DrillStackCollection.Name)]
public sealed class DrillTests(StackFixture stack, ITestOutputHelper output) : IAsyncLifetime
{
    public static TheoryData<string> Scenarios() => new(Directory.GetFiles(Path.Combine(DrillHarness.RepositoryRoot(), "scenarios"), "*.yaml")
        .Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal));

    public Task InitializeAsync() => stack.BeginTestAsync();

    public Task DisposeAsync() => stack.EndTestAsync();

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task TheDrillPassesEveryCheck(string scenario)
    {
        var journal = await DrillHarness.RunAsync(stack, scenario, output);

        Assert.True(journal.Outcome == DrillJournal.Passed, $"{scenario} {journal.Outcome}:\n{DrillHarness.Failures(journal)}");
        Assert.NotNull(journal.Measures.MttdSeconds);
        Assert.NotNull(journal.Measures.MttrSeconds);
        Assert.All(journal.Faults, f => Assert.Equal(GameDay.Chaos.FaultStates.Reverted, f.State));
        // The report's timeline has what the autopilot did, among the drill's own events and in time order.
        Assert.Contains(journal.Events, e => e.Kind == "responder" && e.Text.Contains("step_succeeded", StringComparison.Ordinal));
        Assert.Equal(journal.Events.OrderBy(e => e.At).Select(e => e.At), journal.Events.Select(e => e.At));
    }
}
