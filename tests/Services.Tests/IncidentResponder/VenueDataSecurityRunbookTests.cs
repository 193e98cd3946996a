using GameDay.IncidentResponder.Automation;
using GameDay.Runbooks;
using GameDay.Services.Tests.Runbooks;

namespace GameDay.Services.Tests.IncidentResponder;

/// The runbooks of catalog sections D, E, G and H as the autopilot runs them (fake actions and conditions).
public sealed class VenueDataSecurityRunbookTests
{
    private static readonly Lazy<RunbookLibrary> Library = new(() => RunbookLibrary.Load(RepoFiles.Runbooks));

    [Fact]
    public async Task BrokerApiErrorsPausesNewOrdersAndResumesOnlyItsOwnPauseOnceTheVenueRecovered()
    {
        var harness = new AutopilotHarness();

        var result = await harness.RunAsync(Runbook("broker-api-errors"), Labels("VenueErrorRate", "execution-engine"));

        Assert.Equal(RunResult.Verified, result.Outcome);
        Assert.Equal(
            ["venue.status", "resource.logs", "notify", "trading.reduce", "verify.checklist", "venue.status", "trading.unhalt", "reconcile.run", "verify.checklist", "notify"],
            harness.Calls.Select(Action));
        Assert.Contains("trading.reduce:pause-new-orders:reason=system_error", harness.Calls);
        Assert.Contains("venue.status:breaker-closed:expect=circuit-closed", harness.Calls);
        Assert.Contains("trading.unhalt:resume:reason=system_error", harness.Calls);
    }

    [Fact]
    public async Task BrokerApiErrorsLeavesTradingPausedWhenTheVenueDoesNotRecover()
    {
        var harness = new AutopilotHarness();
        harness.Conditions.Rule = c => c is not AlertCondition { AlertName: "VenueErrorRate" };

        var result = await harness.RunAsync(Runbook("broker-api-errors"), Labels("VenueErrorRate", "execution-engine"));

        Assert.Equal(RunResult.Stopped, result.Outcome);
        Assert.Contains(harness.Calls, c => c.StartsWith("trading.reduce", StringComparison.Ordinal));
        Assert.DoesNotContain(harness.Calls, c => c.StartsWith("trading.unhalt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CredentialsExpiredRestartsTheEngineForANewSessionAndChecksIt()
    {
        var harness = new AutopilotHarness();

        var result = await harness.RunAsync(Runbook("credentials-expired"), Labels("VenueAuthFailures", "execution-engine"));

        Assert.Equal(RunResult.Verified, result.Outcome);
        Assert.Equal([("new-session", "execution-engine")], result.Mitigations);
        Assert.Contains("venue.status:session-valid:expect=session-valid", harness.Calls);
    }

    [Fact]
    public async Task SignalLatencyLocatesTheSlowHopThenRestartsTheServiceTheAlertNames()
    {
        var harness = new AutopilotHarness();

        var result = await harness.RunAsync(Runbook("signal-latency"), Labels("SignalLatencyHigh", "signal-generator"));

        Assert.Equal(RunResult.Verified, result.Outcome);
        Assert.Equal("latency.hops:hops:", harness.Calls[0]);
        Assert.Equal([("roll-back-config", "signal-generator"), ("restart-slow-hop", "signal-generator")], result.Mitigations);
    }

    [Fact]
    public async Task PositionMismatchHaltsThenSyncsOnlyAfterApprovalThenResumes()
    {
        var harness = new AutopilotHarness();
        var run = harness.RunAsync(Runbook("position-mismatch"), Labels("PositionMismatch", "execution-engine"), incidentId: 4);

        await WaitUntilAsync(() => harness.Recorder.Last("sync-positions")?.Status == StepStatuses.AwaitingApproval);
        Assert.Contains("trading.halt:halt:reason=system_error", harness.Calls);
        Assert.DoesNotContain(harness.Calls, c => c.StartsWith("positions.sync-from-venue", StringComparison.Ordinal));

        harness.Approvals.Approve(4, "sync-positions", "ops-lead");
        var result = await run.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(RunResult.Verified, result.Outcome);
        Assert.Equal(
            ["reconcile.latest", "notify", "trading.halt", "reconcile.run", "positions.sync-from-venue", "reconcile.run", "trading.unhalt", "verify.checklist", "notify"],
            harness.Calls.Select(Action));
        Assert.Contains("trading.unhalt:resume:reason=system_error", harness.Calls);
    }

    [Fact]
    public async Task AuthFailureSpikeHaltsFirstPreservesEvidenceAndUnhaltsOnlyAfterApproval()
    {
        var harness = new AutopilotHarness();
        var run = harness.RunAsync(Runbook("auth-failure-spike"), Labels("AdminAuthFailureSpike", "orchestrator"), incidentId: 5);

        await WaitUntilAsync(() => harness.Recorder.Last("unhalt-after-review")?.Status == StepStatuses.AwaitingApproval);
        Assert.Equal("trading.halt:isolate:reason=security_incident", harness.Calls[0]);
        Assert.Equal("security.evidence:evidence:resource=orchestrator,tail=500", harness.Calls[1]);
        Assert.DoesNotContain(harness.Calls, c => c.StartsWith("trading.unhalt", StringComparison.Ordinal));

        harness.Approvals.Approve(5, "unhalt-after-review", "security-lead");
        var result = await run.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(RunResult.Verified, result.Outcome);
        Assert.Contains("trading.unhalt:unhalt-after-review:reason=security_incident", harness.Calls);
    }

    private static Runbook Runbook(string id) => Library.Value.Find(id) ?? throw new InvalidOperationException($"no runbook {id}");

    private static Dictionary<string, string> Labels(string alert, string job) => new() { ["alertname"] = alert, ["job"] = job };

    private static string Action(string call) => call[..call.IndexOf(':', StringComparison.Ordinal)];

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 300 && !condition(); i++) await Task.Delay(10);
        Assert.True(condition());
    }
}
