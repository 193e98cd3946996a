using GameDay.IncidentResponder.Automation;
using GameDay.Runbooks;

namespace GameDay.Services.Tests.IncidentResponder;

/// Trainee mode: the runner lays the runbook out for the person on call and executes, acknowledges and waits for nothing.
public sealed class TraineeLayoutTests
{
    [Fact]
    public async Task EveryApplicableStepIsToDoAndNothingIsExecutedOrAcknowledged()
    {
        var harness = new AutopilotHarness();
        var runbook = TestRunbooks.Of(
            TestRunbooks.Step("inspect", StepKind.Diagnose, "resource.logs", new() { ["resource"] = "{{resource}}" }),
            TestRunbooks.Step("claim", StepKind.Mitigate, "streams.claim-stuck", new() { ["stream"] = "{{stream}}", ["group"] = "{{group}}" }),
            TestRunbooks.Step("unhalt", StepKind.Mitigate, "trading.unhalt", risk: RiskClass.High, pre: ["approval granted"]));

        var result = await harness.Runner().RunAsync(new RunRequest(7, runbook, AutopilotHarness.Labels) { Trainee = true }, CancellationToken.None);

        Assert.Equal(RunResult.Planned, result.Outcome);
        Assert.Empty(harness.Calls);
        Assert.Equal(0, harness.Recorder.Acknowledged);
        Assert.Equal(
            [("inspect", StepStatuses.ToDo), ("claim", StepStatuses.NotApplicable), ("unhalt", StepStatuses.ToDo)],
            harness.Recorder.Snapshot().Select(s => (s.StepId, s.Status)));
        Assert.Contains("after the lead's approval", harness.Recorder.Last("unhalt")!.Detail, StringComparison.Ordinal);
        Assert.Contains("POST /api/incidents/7/steps/inspect/done", harness.Recorder.Last("inspect")!.Detail, StringComparison.Ordinal);
        Assert.StartsWith("trainee mode: runbook service-crash is laid out", Assert.Single(harness.Recorder.Notes), StringComparison.Ordinal);
    }
}
