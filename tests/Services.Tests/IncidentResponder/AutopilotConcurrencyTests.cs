using GameDay.IncidentResponder.Automation;
using GameDay.Runbooks;

namespace GameDay.Services.Tests.IncidentResponder;

public sealed class AutopilotConcurrencyTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task ALongVerificationOfOneIncidentDoesNotHoldAnotherIncidentsFixOfTheSameTarget()
    {
        var harness = new AutopilotHarness();
        var alertCleared = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Conditions.Hold = c => c is AlertCondition { Firing: false } ? alertCleared.Task : Task.CompletedTask;
        var runner = harness.Runner();

        var first = runner.RunAsync(new RunRequest(1, TestRunbooks.ServiceCrash(), AutopilotHarness.Labels), CancellationToken.None);
        await WaitUntilAsync(() => harness.Recorder.Snapshot().Any(s => s.StepId == "verify" && s.Status == StepStatuses.Running));
        var second = runner.RunAsync(new RunRequest(2, TestRunbooks.ServiceCrash(), AutopilotHarness.Labels), CancellationToken.None);
        await WaitUntilAsync(() => harness.Calls.Count(c => c.StartsWith("resource.restart", StringComparison.Ordinal)) == 2);

        Assert.False(first.IsCompleted, "the first incident is still verifying");
        alertCleared.SetResult();
        Assert.Equal(RunResult.Verified, (await first.WaitAsync(Bound)).Outcome);
        Assert.Equal(RunResult.Verified, (await second.WaitAsync(Bound)).Outcome);
    }

    [Fact]
    public async Task TwoIncidentsAboutOneServiceRestartItOneAtATimeAndTheSecondSeesTheFirstFix()
    {
        var harness = new AutopilotHarness();
        var healthy = false;
        var restartStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var restartMayFinish = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Conditions.Rule = c => c is ResourceCondition { State: ResourceState.Unhealthy } ? !healthy : true;
        harness.Actions["resource.restart"] = async _ =>
        {
            restartStarted.TrySetResult();
            await restartMayFinish.Task;
            healthy = true;
            return GameDay.IncidentResponder.Actions.ActionOutcome.Ok("restarted");
        };
        var runner = harness.Runner();

        var first = runner.RunAsync(new RunRequest(1, TestRunbooks.ServiceCrash(), AutopilotHarness.Labels), CancellationToken.None);
        await restartStarted.Task.WaitAsync(Bound);
        var second = runner.RunAsync(new RunRequest(2, TestRunbooks.ServiceCrash(), AutopilotHarness.Labels), CancellationToken.None);
        await Task.Delay(100);
        restartMayFinish.SetResult();
        await Task.WhenAll(first, second).WaitAsync(Bound);

        Assert.Single(harness.Calls, c => c.StartsWith("resource.restart", StringComparison.Ordinal));
        Assert.Contains(harness.Recorder.Snapshot(), s => s.StepId == "restart" && s.Status == StepStatuses.Skipped && s.Detail.Contains("pre-condition", StringComparison.Ordinal));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++) await Task.Delay(10);
        Assert.True(condition());
    }
}
