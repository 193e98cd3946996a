using GameDay.IncidentResponder.Actions;
using GameDay.IncidentResponder.Automation;
using GameDay.IncidentResponder.Model;
using GameDay.Runbooks;

namespace GameDay.Services.Tests.IncidentResponder;

public sealed class AutopilotRunnerTests
{
    [Fact]
    public async Task DryRunExecutesNothingAndRecordsEveryStepAsPlanned()
    {
        var harness = new AutopilotHarness();

        var result = await harness.RunAsync(TestRunbooks.ServiceCrash(), dryRun: true);

        Assert.Equal(RunResult.Planned, result.Outcome);
        Assert.Empty(harness.Calls);
        Assert.Empty(harness.Conditions.Evaluated);
        Assert.Equal(0, harness.Recorder.Acknowledged);
        Assert.Equal(0, harness.Recorder.Mitigating);
        Assert.Equal(["planned", "planned", "planned"], harness.Recorder.Steps.Select(s => s.Status));
        Assert.Empty(harness.Recorder.Events);
        Assert.Contains(harness.Recorder.Notes, note => note.Contains("dry run", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StepsRunInRunbookOrderWithTheAlertLabelsFilledIn()
    {
        var harness = new AutopilotHarness();

        var result = await harness.RunAsync(TestRunbooks.ServiceCrash());

        Assert.Equal(RunResult.Verified, result.Outcome);
        Assert.Equal(
            ["resource.logs:inspect:resource=execution-engine,tail=50", "resource.restart:restart:resource=execution-engine", "verify.checklist:verify:"],
            harness.Calls);
        Assert.Equal(
            ["step_started:inspect", "step_succeeded:inspect", "step_started:restart", "step_succeeded:restart", "step_started:verify", "step_succeeded:verify"],
            harness.Recorder.Events);
        Assert.Equal(1, harness.Recorder.Acknowledged);
        Assert.Equal(1, harness.Recorder.Mitigating);
        Assert.Equal([("restart", "execution-engine")], result.Mitigations);
    }

    [Fact]
    public async Task AVerifyStepRecordsItsVerdictsOnTheRecoveryChecklistAndAMitigationDoesNot()
    {
        var harness = new AutopilotHarness();
        harness.Conditions.Rule = c => c is not StreamCondition;
        var runbook = TestRunbooks.Of(
            TestRunbooks.Step("restart", StepKind.Mitigate, "resource.restart", new() { ["resource"] = "{{resource}}" }, post: ["all resources healthy"]),
            TestRunbooks.Step("verify", StepKind.Verify, "verify.checklist",
                post: ["all resources healthy", "alert ServiceDown resolved", "trading active", "stream orders.approved group execution-engine pending < 10"]));

        var result = await harness.RunAsync(runbook);

        Assert.Equal(RunResult.Stopped, result.Outcome);
        Assert.All(harness.Recorder.Checklist, c => Assert.Equal("verify", c.StepId));
        Assert.Equal(
            [(RecoveryChecklist.HealthChecks, (bool?)true), (RecoveryChecklist.Agents, true), (RecoveryChecklist.Database, true),
             (RecoveryChecklist.Trading, true), (RecoveryChecklist.Streams, false)],
            harness.Recorder.Checklist.SelectMany(c => c.Verdict.Items.Select(item => (item, c.Verdict.Met))));
    }

    [Fact]
    public async Task AStepWhoseTemplateNeedsAMissingLabelIsNotApplicableAndTheOthersStillRun()
    {
        var harness = new AutopilotHarness();
        var runbook = TestRunbooks.Of(
            TestRunbooks.Step("announce", StepKind.Diagnose, "notify", new() { ["template"] = "start" }),
            TestRunbooks.Step("inspect", StepKind.Diagnose, "resource.logs", new() { ["resource"] = "{{resource}}" }),
            TestRunbooks.Step("trading", StepKind.Diagnose, "trading.status", pre: ["resource {{service}} running"]));

        await harness.RunAsync(runbook, new Dictionary<string, string> { ["alertname"] = "X", ["service"] = "broker" });

        Assert.Equal(StepStatuses.NotApplicable, harness.Recorder.Last("inspect")!.Status);
        Assert.Contains("resource", harness.Recorder.Last("inspect")!.Detail, StringComparison.Ordinal);
        Assert.Equal(["notify:announce:template=start", "trading.status:trading:"], harness.Calls);
    }

    [Fact]
    public async Task AnUnmetPreConditionSkipsTheStepWithTheReasonAndTheRunGoesOn()
    {
        var harness = new AutopilotHarness();
        harness.Conditions.Rule = c => c is not ResourceCondition { State: ResourceState.Unhealthy };

        var result = await harness.RunAsync(TestRunbooks.ServiceCrash());

        Assert.Equal(StepStatuses.Skipped, harness.Recorder.Last("restart")!.Status);
        Assert.StartsWith("pre-condition not met", harness.Recorder.Last("restart")!.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Calls, call => call.StartsWith("resource.restart", StringComparison.Ordinal));
        Assert.Equal(RunResult.Verified, result.Outcome);
        Assert.Equal(0, harness.Recorder.Mitigating);
    }

    [Fact]
    public async Task FailedVerificationStopsTheRunAndLeavesTheIncidentForAPerson()
    {
        var harness = new AutopilotHarness();
        harness.Conditions.Rule = c => c is not AlertCondition;
        var runbook = TestRunbooks.Of([.. TestRunbooks.ServiceCrash().Steps, TestRunbooks.Step("resolved", StepKind.Verify, "notify", new() { ["template"] = "resolved" })]);

        var result = await harness.RunAsync(runbook);

        Assert.Equal(RunResult.Stopped, result.Outcome);
        Assert.Equal(StepStatuses.Failed, harness.Recorder.Last("verify")!.Status);
        Assert.Null(harness.Recorder.Last("resolved"));
        Assert.Contains(harness.Recorder.Notes, note => note.Contains("left to a person", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFailingActionIsRecordedAsFailedAndStopsTheRun()
    {
        var harness = new AutopilotHarness();
        harness.Outcomes["resource.restart"] = _ => ActionOutcome.Failed("503 control API down");

        var result = await harness.RunAsync(TestRunbooks.ServiceCrash());

        Assert.Equal(RunResult.Stopped, result.Outcome);
        Assert.Equal("503 control API down", harness.Recorder.Last("restart")!.Detail);
        Assert.Null(harness.Recorder.Last("verify"));
    }
}
