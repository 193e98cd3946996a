using GameDay.IncidentResponder.Automation;
using GameDay.Runbooks;
using GameDay.Services.Tests.Runbooks;

namespace GameDay.Services.Tests.IncidentResponder;

/// high-cpu, memory-leak and signal-latency as the autopilot runs them (fake actions and conditions): the cause is
/// what the service was deployed with, so each finds what changed and rolls the configuration back before the one
/// restart; a restart alone would bring the same work back.
public sealed class DeployedCauseRunbookTests
{
    private static readonly Lazy<RunbookLibrary> Library = new(() => RunbookLibrary.Load(RepoFiles.Runbooks));

    [Theory]
    [InlineData("high-cpu", "HighCpu", "restart")]
    [InlineData("memory-leak", "MemoryLeak", "restart")]
    [InlineData("signal-latency", "SignalLatencyHigh", "restart-slow-hop")]
    public async Task TheConfigurationIsRolledBackBeforeTheRestart(string runbook, string alert, string restart)
    {
        var harness = new AutopilotHarness();

        var result = await harness.RunAsync(Library.Value.Find(runbook)!, new Dictionary<string, string> { ["alertname"] = alert, ["job"] = "signal-generator" });

        Assert.Equal(RunResult.Verified, result.Outcome);
        Assert.Equal([("roll-back-config", "signal-generator"), (restart, "signal-generator")], result.Mitigations);
        Assert.Contains("resource.config:what-changed:resource=signal-generator", harness.Calls);
    }
}
