using GameDay.AppHost.Drills;
using GameDay.Contracts;
using Xunit.Abstractions;

namespace GameDay.Integration.Tests.Drills;

/// Drills a restart cannot pass (issue 18): the cause lives in what the service was deployed with, so a person who
/// only restarts the hot or growing service sees it come back, and the drill fails its recovery check. The same
/// drills pass with their runbooks (DrillTests), which roll the configuration back first.
[Collection(StackCollection.Name)]
public sealed class RestartIsNotAFixTests(StackFixture stack, ITestOutputHelper output) : IAsyncLifetime
{
    public Task InitializeAsync() => stack.EnsureHealthyAsync();

    public Task DisposeAsync() => stack.EnsureHealthyAsync();

    /// The two whose fault takes a core or more, in the phase that has the machine to itself (Machine).
    [Theory]
    [InlineData("high-cpu", "HighCpu", "restart", 180)]
    [InlineData("signal-latency", "SignalLatencyHigh", "restart-slow-hop", 180)]
    [Trait(Machine.Trait, Machine.Alone)]
    public Task ARestartAloneDoesNotRecover(string scenario, string alert, string restartStep, int seconds) =>
        RestartOnlyFailsAsync(scenario, alert, restartStep, seconds);

    [Fact]
    public Task ARestartAloneDoesNotRecoverFromTheLeak() => RestartOnlyFailsAsync("memory-leak", "MemoryLeak", "restart", 330);

    /// The slow link stays slow whatever restarts behind it: restarting PostgreSQL (what the alert's name invites) leaves
    /// the runbook's failover undone and the services' calls slow.
    [Fact]
    public async Task RestartingPostgresDoesNotRecoverFromASlowLink()
    {
        var journal = await RestartOnlyFailsAsync("db-network-latency", "DatabaseLatencyHigh", "failover", 240,
            ResourceNames.Postgres, pagedForAnyResource: true);
        Assert.Contains(journal.Checks, c => c.Name.StartsWith("trainee did failover", StringComparison.Ordinal) && !c.Passed);
    }

    /// The invalid index survives a restart of the service whose queries it slows: the service's CREATE INDEX IF NOT
    /// EXISTS at start sees the name and skips it, so the risk check still reads the whole table.
    [Fact]
    public async Task RestartingTheRiskManagerDoesNotRebuildAnInvalidIndex()
    {
        var journal = await RestartOnlyFailsAsync("slow-queries", "SequentialScansHigh", "rebuild-index", 300,
            ResourceNames.RiskManager, pagedForAnyResource: true);
        Assert.Contains(journal.Checks, c => c.Name.StartsWith("trainee did rebuild-index", StringComparison.Ordinal) && !c.Passed);
    }

    /// The stuck entry is still pending for the risk manager's consumer: the restarted consumer reads its own pending
    /// entries first and stops on it again, and the group's lag keeps growing behind it.
    [Fact]
    public async Task RestartingTheRiskManagerDoesNotFreeTheEntryItIsStuckOn()
    {
        var journal = await RestartOnlyFailsAsync("consumer-stalled", "StreamConsumerLag", "dead-letter-stuck", 150,
            ResourceNames.RiskManager, pagedForAnyResource: true);
        Assert.Contains(journal.Checks, c => c.Name.StartsWith("trainee did dead-letter-stuck", StringComparison.Ordinal) && !c.Passed);
        Assert.Contains(journal.Checks, c => c.Name.StartsWith("recovered within", StringComparison.Ordinal) && !c.Passed
            && c.Detail.Contains("lag", StringComparison.Ordinal));
    }

    private async Task<DrillJournal> RestartOnlyFailsAsync(
        string scenario, string alert, string restartStep, int seconds, string resource = ResourceNames.SignalGenerator, bool pagedForAnyResource = false)
    {
        using var started = new CancellationTokenSource(TestTimeouts.Drill);
        var trainee = TraineePlayer.TakeThePageAsync(
            stack, output, scenario, resource, scenario, restart: true, started.Token, restartStep, pagedForAnyResource);

        var journal = await DrillHarness.RunAsync(stack, scenario, output,
            new DrillOptions(42, DrillOptions.Trainee) { TimeLimit = TimeSpan.FromSeconds(seconds) });
        await trainee;

        Assert.Equal(DrillJournal.Failed, journal.Outcome);
        Assert.Contains(journal.Checks, c => c.Name.StartsWith($"alert {alert} fired", StringComparison.Ordinal) && c.Passed);
        // The restart happened (the player asserts it succeeded), and the recovery check still failed after it.
        if (resource == ResourceNames.SignalGenerator)
        {
            Assert.Contains(journal.Checks, c => c.Name.StartsWith("trainee did restart", StringComparison.Ordinal) && c.Passed);
        }
        Assert.Contains(journal.Checks, c => c.Name.StartsWith("recovered within", StringComparison.Ordinal) && !c.Passed);
        Assert.Contains(journal.Checks, c => c.Name == "every fault reverted" && c.Passed);
        Assert.Contains(journal.Checks, c => c.Name == "invariant all-healthy" && c.Passed);
        return journal;
    }
}
