using GameDay.AppHost.Drills;
using Xunit.Abstractions;

namespace GameDay.Integration.Tests.Drills;

/// The checks have teeth: with the responder's autopilot off, nobody restarts the killed engine, so the same drill
/// that passes with the autopilot fails its recovery check (and still detects, reverts and leaves the stack healthy).
[Collection(StackCollection.Name)]
public sealed class DrillTeethTests(StackFixture stack, ITestOutputHelper output) : IAsyncLifetime
{
    public Task InitializeAsync() => stack.EnsureHealthyAsync();

    public Task DisposeAsync() => stack.EnsureHealthyAsync();

    [Fact]
    public async Task WithTheAutopilotOffTheServiceCrashDrillFailsItsRecoveryCheck()
    {
        var journal = await DrillHarness.RunAsync(stack, "service-crash", output, new DrillOptions(Seed: 42, Mode: "off"));

        Assert.Equal(DrillJournal.Failed, journal.Outcome);
        Assert.Contains(journal.Checks, c => c.Name.StartsWith("alert ServiceDown fired", StringComparison.Ordinal) && c.Passed);
        Assert.Contains(journal.Checks, c => c.Name.StartsWith("recovered within", StringComparison.Ordinal) && !c.Passed);
        Assert.Null(journal.Measures.MttrSeconds);
        // The drill's own revert brought the engine back: the stack is left healthy for the next test.
        Assert.Contains(journal.Checks, c => c.Name == "every fault reverted" && c.Passed);
        Assert.Contains(journal.Checks, c => c.Name == "invariant all-healthy" && c.Passed);
    }
}
