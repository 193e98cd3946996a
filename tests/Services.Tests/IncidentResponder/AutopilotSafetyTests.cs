using GameDay.IncidentResponder.Automation;
using GameDay.Runbooks;

namespace GameDay.Services.Tests.IncidentResponder;

public sealed class AutopilotSafetyTests
{
    private static int Restarts(AutopilotHarness harness) => harness.Calls.Count(c => c.StartsWith("resource.restart", StringComparison.Ordinal));

    [Fact]
    public async Task TheRateLimitStopsTheFourthRestartOfTheSameTargetWithinTenMinutes()
    {
        var harness = new AutopilotHarness();
        for (var incident = 1; incident <= 3; incident++)
        {
            Assert.Equal(RunResult.Verified, (await harness.RunAsync(TestRunbooks.ServiceCrash(), incidentId: incident)).Outcome);
            harness.Time.Advance(TimeSpan.FromMinutes(1));
        }

        var fourth = await harness.RunAsync(TestRunbooks.ServiceCrash(), incidentId: 4);

        Assert.Equal(RunResult.Stopped, fourth.Outcome);
        Assert.Equal(3, Restarts(harness));
        Assert.StartsWith("rate limit", harness.Recorder.Last("restart")!.Detail, StringComparison.Ordinal);

        harness.Time.Advance(TimeSpan.FromMinutes(8));
        Assert.Equal(RunResult.Verified, (await harness.RunAsync(TestRunbooks.ServiceCrash(), incidentId: 5)).Outcome);
        Assert.Equal(4, Restarts(harness));
    }

    [Fact]
    public async Task AHaltIsNeverRateLimitedEvenWhenTheTargetsBudgetIsSpent()
    {
        var harness = new AutopilotHarness();
        while (harness.RateLimit.TryAcquire("trading.halt(reason=security_incident)", "trading", harness.Time.GetUtcNow()))
        {
        }
        var halt = TestRunbooks.Of(TestRunbooks.Step("isolate", StepKind.Mitigate, "trading.halt", new() { ["reason"] = "security_incident" }));

        var result = await harness.RunAsync(halt);

        Assert.Equal(RunResult.Completed, result.Outcome);
        Assert.Contains(harness.Calls, c => c.StartsWith("trading.halt", StringComparison.Ordinal));
    }

    [Fact]
    public void TheRateLimitCountsEachActionOnEachTargetSeparately()
    {
        var limit = new MitigationRateLimit(1, TimeSpan.FromMinutes(10));

        Assert.True(limit.TryAcquire("resource.restart", "broker", Alerts.T0));
        Assert.False(limit.TryAcquire("resource.restart", "broker", Alerts.T0.AddMinutes(9)));
        Assert.True(limit.TryAcquire("resource.restart", "redis", Alerts.T0.AddMinutes(9)));
        Assert.True(limit.TryAcquire("resource.restore-config", "broker", Alerts.T0.AddMinutes(9)));
        Assert.True(limit.TryAcquire("resource.restart", "broker", Alerts.T0.AddMinutes(10)));
    }

    [Fact]
    public void ARestoredConfigurationStartsANewBudgetForRestartsOfThatTargetOnly()
    {
        var limit = new MitigationRateLimit(1, TimeSpan.FromMinutes(10));
        Assert.True(limit.TryAcquire("resource.restart(resource=signal-generator)", "signal-generator", Alerts.T0));
        Assert.True(limit.TryAcquire("resource.restart(resource=broker)", "broker", Alerts.T0));

        limit.NewDeployment("resource.restart", "signal-generator");

        Assert.True(limit.TryAcquire("resource.restart(resource=signal-generator)", "signal-generator", Alerts.T0.AddMinutes(1)));
        Assert.False(limit.TryAcquire("resource.restart(resource=signal-generator)", "signal-generator", Alerts.T0.AddMinutes(2)));
        Assert.False(limit.TryAcquire("resource.restart(resource=broker)", "broker", Alerts.T0.AddMinutes(2)));
    }

    [Fact]
    public async Task TheBreakerOpensAfterTwoFailedVerificationsAndStopsRepeatingTheFix()
    {
        var harness = new AutopilotHarness();
        harness.Conditions.Rule = c => c is not ResourceCondition { State: ResourceState.Healthy };

        Assert.Equal(RunResult.Stopped, (await harness.RunAsync(TestRunbooks.ServiceCrash(), incidentId: 1)).Outcome);
        harness.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(RunResult.Stopped, (await harness.RunAsync(TestRunbooks.ServiceCrash(), incidentId: 2)).Outcome);
        Assert.Contains(harness.Recorder.Notes, note => note.Contains("breaker opened", StringComparison.Ordinal));
        harness.Time.Advance(TimeSpan.FromMinutes(2));

        var third = await harness.RunAsync(TestRunbooks.ServiceCrash(), incidentId: 3);

        Assert.Equal(RunResult.Stopped, third.Outcome);
        Assert.Equal(2, Restarts(harness));
        Assert.StartsWith("breaker open", harness.Recorder.Last("restart")!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void TheBreakerClosesOnceTheFailuresAreOlderThanTheWindow()
    {
        var breaker = new FixBreaker(2, TimeSpan.FromMinutes(10));

        Assert.False(breaker.RecordFailure("restart", "broker", Alerts.T0));
        Assert.True(breaker.RecordFailure("restart", "broker", Alerts.T0.AddMinutes(5)));
        Assert.True(breaker.IsOpen("restart", "broker", Alerts.T0.AddMinutes(9)));
        Assert.False(breaker.IsOpen("restart", "redis", Alerts.T0.AddMinutes(9)));
        Assert.False(breaker.IsOpen("restart", "broker", Alerts.T0.AddMinutes(15)));
    }

    [Fact]
    public async Task AHighRiskStepDoesNotRunBeforeApprovalAndRunsAfterIt()
    {
        var harness = new AutopilotHarness();
        var run = harness.RunAsync(TestRunbooks.LossLimit(), incidentId: 7);

        await WaitUntilAsync(() => harness.Recorder.Last("unhalt")?.Status == StepStatuses.AwaitingApproval);
        await Task.Delay(50);
        Assert.False(run.IsCompleted);
        Assert.DoesNotContain(harness.Calls, c => c.StartsWith("trading.unhalt", StringComparison.Ordinal));
        Assert.Equal(0, harness.Recorder.Mitigating);

        Assert.False(harness.Approvals.IsApproved(7, "unhalt"));
        Assert.True(harness.Approvals.Approve(7, "unhalt", "ops-lead"));
        var result = await run.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(RunResult.Verified, result.Outcome);
        Assert.Contains("trading.unhalt:unhalt:", harness.Calls);
        Assert.Equal(
            ["approval_required:unhalt", "approval_granted:unhalt", "step_started:unhalt", "step_succeeded:unhalt"],
            harness.Recorder.Events.Where(e => e.EndsWith(":unhalt", StringComparison.Ordinal)));
        var granted = harness.Recorder.Snapshot().Single(s => s.Event == StepEvents.ApprovalGranted);
        Assert.Equal(StepStatuses.Approved, granted.Status);
        Assert.Contains("ops-lead", granted.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnApprovalForAnotherIncidentDoesNotOpenTheGate()
    {
        var harness = new AutopilotHarness();
        harness.Approvals.Approve(8, "unhalt", "ops");
        using var cancel = new CancellationTokenSource();
        var run = harness.Runner().RunAsync(new RunRequest(9, TestRunbooks.LossLimit(), AutopilotHarness.Labels), cancel.Token);

        await WaitUntilAsync(() => harness.Recorder.Last("unhalt")?.Status == StepStatuses.AwaitingApproval);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.DoesNotContain(harness.Calls, c => c.StartsWith("trading.unhalt", StringComparison.Ordinal));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++) await Task.Delay(10);
        Assert.True(condition());
    }

    [Fact]
    public async Task AnUnhaltWaitingForPnlToRecoverDoesNotHoldUpAnotherIncidentsHalt()
    {
        var harness = new AutopilotHarness();
        var pnlRecovered = new TaskCompletionSource();
        harness.Conditions.Rule = c => c is not PnlAboveLossLimitCondition { Within: null };
        harness.Conditions.Hold = c => c is PnlAboveLossLimitCondition { Within: not null } ? pnlRecovered.Task : Task.CompletedTask;
        var unhalt = TestRunbooks.Of(TestRunbooks.Step("unhalt", StepKind.Mitigate, "trading.unhalt", pre: ["pnl above loss limit within 600s"]));
        var halt = TestRunbooks.Of(TestRunbooks.Step("isolate", StepKind.Mitigate, "trading.halt", new() { ["reason"] = "security_incident" }));

        var waiting = harness.RunAsync(unhalt, incidentId: 1);
        for (var i = 0; i < 200 && !Noted(harness, "'unhalt' waits up to 600 s for its pre-condition"); i++) await Task.Delay(10);
        var halted = await harness.RunAsync(halt, incidentId: 2).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(RunResult.Completed, halted.Outcome);
        Assert.False(waiting.IsCompleted, "the unhalt still waits for PnL");
        Assert.DoesNotContain(harness.Calls, c => c.StartsWith("trading.unhalt", StringComparison.Ordinal));
        pnlRecovered.SetResult();
        Assert.Equal(RunResult.Completed, (await waiting.WaitAsync(TimeSpan.FromSeconds(5))).Outcome);
        Assert.Equal(["trading.halt", "trading.unhalt"], harness.Calls.Select(c => c.Split(':')[0]));
    }

    private static bool Noted(AutopilotHarness harness, string text)
    {
        lock (harness.Recorder.Notes) return harness.Recorder.Notes.Any(n => n.Contains(text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnApprovedStepIsNotRateLimitedButTheSameUnapprovedFixIs()
    {
        var harness = new AutopilotHarness();
        var unhalt = TestRunbooks.Of(TestRunbooks.Step("unhalt", StepKind.Mitigate, "trading.unhalt", new() { ["reason"] = "system_error" }));
        var approved = TestRunbooks.Of(TestRunbooks.Step("unhalt-after-review", StepKind.Mitigate, "trading.unhalt", new() { ["reason"] = "system_error" },
            RiskClass.High, pre: ["approval granted"]));
        for (var incident = 1; incident <= 3; incident++) Assert.Equal(RunResult.Completed, (await harness.RunAsync(unhalt, incidentId: incident)).Outcome);

        Assert.Equal(RunResult.Stopped, (await harness.RunAsync(unhalt, incidentId: 4)).Outcome);
        harness.Approvals.Approve(5, "unhalt-after-review", "lead");
        Assert.Equal(RunResult.Completed, (await harness.RunAsync(approved, incidentId: 5)).Outcome);
        Assert.Equal(4, harness.Calls.Count(c => c.StartsWith("trading.unhalt", StringComparison.Ordinal)));
    }
}
