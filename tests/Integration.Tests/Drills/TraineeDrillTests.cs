using System.Net.Http.Json;
using System.Text.Json;
using GameDay.AppHost.Drills;
using GameDay.Contracts;
using Xunit.Abstractions;

namespace GameDay.Integration.Tests.Drills;

/// Trainee mode end to end: the responder executes nothing and lays the runbook out; the test plays the person on
/// call. Taking the page and restarting the engine passes the service-crash drill with every mark; taking the page
/// and doing nothing fails it on the runbook's restart (and on recovery).
[Collection(StackCollection.Name)]
public sealed class TraineeDrillTests(StackFixture stack, ITestOutputHelper output) : IAsyncLifetime
{
    public Task InitializeAsync() => stack.EnsureHealthyAsync();

    public Task DisposeAsync() => stack.EnsureHealthyAsync();

    [Fact]
    public async Task ATraineeWhoTakesThePageAndRestartsTheEnginePassesWithEveryMark()
    {
        using var started = new CancellationTokenSource(TestTimeouts.Drill);
        var trainee = TraineePlayer.TakeThePageAsync(stack, output, "service-crash", ResourceNames.ExecutionEngine, "service-crash", restart: true, started.Token);

        var journal = await DrillHarness.RunAsync(stack, "service-crash", output, new DrillOptions(42, DrillOptions.Trainee) { TimeLimit = TimeSpan.FromMinutes(3) });
        await trainee;

        Assert.True(journal.Outcome == DrillJournal.Passed, DrillHarness.Failures(journal));
        Assert.Contains(journal.Checks, c => c.Name == "trainee took the page" && c.Passed && c.Detail.StartsWith("acknowledged by trainee-test", StringComparison.Ordinal));
        Assert.Contains(journal.Checks, c => c.Name.StartsWith("trainee did restart", StringComparison.Ordinal) && c.Detail.StartsWith("seen: restart of execution-engine by trainee-test", StringComparison.Ordinal));
        Assert.NotNull(journal.Measures.MttaSeconds);
    }

    [Fact]
    public async Task ATraineeWhoTakesThePageButDoesNotRestartFailsOnTheRunbooksRestart()
    {
        using var started = new CancellationTokenSource(TestTimeouts.Drill);
        var trainee = TraineePlayer.TakeThePageAsync(stack, output, "service-crash", ResourceNames.ExecutionEngine, "service-crash", restart: false, started.Token);

        var journal = await DrillHarness.RunAsync(stack, "service-crash", output, new DrillOptions(42, DrillOptions.Trainee) { TimeLimit = TimeSpan.FromSeconds(60) });
        await trainee;

        Assert.Equal(DrillJournal.Failed, journal.Outcome);
        Assert.Contains(journal.Checks, c => c.Name == "trainee took the page" && c.Passed);
        Assert.Contains(journal.Checks, c => c.Name.StartsWith("trainee did restart", StringComparison.Ordinal) && !c.Passed);
        Assert.Contains(journal.Checks, c => c.Name.StartsWith("recovered within 60s", StringComparison.Ordinal) && !c.Passed);
        Assert.Contains(journal.Checks, c => c.Name == "invariant all-healthy" && c.Passed);
    }
}
