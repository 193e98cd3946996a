using GameDay.IncidentResponder.Actions;
using GameDay.IncidentResponder.Conditions;
using GameDay.IncidentResponder.Model;
using GameDay.Runbooks;

namespace GameDay.IncidentResponder.Automation;

/// Executes a runbook's steps in order for one incident, behind the safety gates: dry-run, the
/// approval gate, pre-conditions, the rate limit per target, post-conditions, the breaker. Mitigations
/// of one target run one at a time (pre-condition, rate limit and action under the target's lock, so a
/// second incident about the same service sees the first one's fix). No I/O of its own: actions,
/// conditions and the recorder are injected (fakes in the tests).
public sealed class RunbookRunner(
    ActionRegistry actions, IConditionEvaluator conditions, IStepRecorder recorder, MitigationRateLimit rateLimit,
    FixBreaker breaker, ApprovalGate approvals, TimeProvider time)
{
    private readonly TargetLocks targets = new();

    /// Steps that only make things safer (stop or slow trading) are never rate-limited: the limit is there to stop
    /// a fix from being repeated, and a halt must not wait for a budget that unhalts used up. Nor is a step a person
    /// approved: the approval is that person's decision to run it now.
    private static readonly HashSet<string> Protective = new(StringComparer.Ordinal) { "trading.halt", "trading.reduce", "trading.emergency-stop" };

    private sealed record Verdict(bool Continue, string? Failure = null, bool NewDeployment = false);

    /// Whose runs a new deployment of the target no longer counts (MitigationRateLimit.NewDeployment).
    private const string Restart = "resource.restart";

    /// The same fix is the same action with the same parameters: lifting a `system_error` halt and a `manual` one are two.
    private static string Fix(PlannedStep step) =>
        $"{step.Step.Action}({string.Join(", ", step.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"))})";

    public async Task<RunResult> RunAsync(RunRequest request, CancellationToken cancellationToken)
    {
        var id = request.IncidentId;
        var plan = StepPlanner.Plan(request.Runbook, request.Labels);
        if (request.Trainee) return await LayOutForTraineeAsync(request, plan, cancellationToken);
        if (request.DryRun) return await PlanOnlyAsync(request, plan, cancellationToken);

        await recorder.AcknowledgeAsync(id, cancellationToken);
        var mitigations = new List<(string, string)>();
        var mitigating = false;
        foreach (var step in plan)
        {
            if (step.NotApplicable is { } why)
            {
                await recorder.StepAsync(id, step, StepStatuses.NotApplicable, why, StepEvents.Skipped, cancellationToken);
                continue;
            }
            var isMitigation = step.Step.Kind == StepKind.Mitigate;
            if (isMitigation && breaker.IsOpen(step.Id, step.Target, time.GetUtcNow()))
            {
                return await StopAsync(id, step, $"breaker open: '{step.Id}' on {step.Target} did not hold repeatedly; left to a person.", mitigations, cancellationToken);
            }
            if (step.Gated) await AwaitApprovalAsync(id, step, cancellationToken);
            await AwaitPreconditionsAsync(id, step, cancellationToken);
            Verdict verdict;
            using (var target = isMitigation ? await targets.AcquireAsync(step.Target, cancellationToken) : null)
            {
                if (await UnmetAsync(id, step.Pre, cancellationToken) is { } unmet)
                {
                    await recorder.StepAsync(id, step, StepStatuses.Skipped, $"pre-condition not met: {unmet}", StepEvents.Skipped, cancellationToken);
                    continue;
                }
                if (isMitigation && !step.Gated && !Protective.Contains(step.Step.Action) && !rateLimit.TryAcquire(Fix(step), step.Target, time.GetUtcNow()))
                {
                    return await StopAsync(id, step, $"rate limit: {Fix(step)} already ran on {step.Target} the maximum number of times in the window.", mitigations, cancellationToken);
                }
                if (isMitigation && !mitigating)
                {
                    mitigating = true;
                    await recorder.MitigatingAsync(id, $"autopilot: {step.Step.Description}", cancellationToken);
                }
                verdict = await ExecuteAsync(id, request.Runbook.Id, step, target, cancellationToken);
                if (verdict is { Continue: true, NewDeployment: true }) rateLimit.NewDeployment(Restart, step.Target);
            }
            if (isMitigation) mitigations.Add((step.Id, step.Target));
            if (!verdict.Continue)
            {
                foreach (var (stepId, target) in isMitigation ? [(step.Id, step.Target)] : mitigations)
                {
                    if (breaker.RecordFailure(stepId, target, time.GetUtcNow()))
                    {
                        await recorder.NoteAsync(id, $"autopilot breaker opened for '{stepId}' on {target}: the fix did not hold.", cancellationToken);
                    }
                }
                await recorder.NoteAsync(id, $"autopilot stopped at '{step.Id}': {verdict.Failure}; the incident is left to a person.", cancellationToken);
                return new RunResult(RunResult.Stopped, mitigations);
            }
        }
        var verified = plan.Any(s => s.Step.Kind == StepKind.Verify && s.NotApplicable is null);
        await recorder.NoteAsync(id, verified
            ? $"autopilot: runbook {request.Runbook.Id} verified; the incident resolves when its alerts clear."
            : $"autopilot: runbook {request.Runbook.Id} completed.", cancellationToken);
        return new RunResult(verified ? RunResult.Verified : RunResult.Completed, mitigations);
    }

    private async Task<RunResult> PlanOnlyAsync(RunRequest request, IReadOnlyList<PlannedStep> plan, CancellationToken cancellationToken)
    {
        foreach (var step in plan)
        {
            var (status, detail) = step.NotApplicable is { } why
                ? (StepStatuses.NotApplicable, why)
                : (StepStatuses.Planned, $"dry run: would run {step.Step.Action} on {step.Target}{(step.Gated ? " after approval" : "")}.");
            await recorder.StepAsync(request.IncidentId, step, status, detail, null, cancellationToken);
        }
        await recorder.NoteAsync(request.IncidentId,
            $"autopilot dry run: runbook {request.Runbook.Id} planned ({plan.Count} steps); nothing executed.", cancellationToken);
        return new RunResult(RunResult.Planned, []);
    }

    /// Trainee mode: every applicable step is the person's to do and report (`POST .../steps/{step}/done`); the
    /// drill grades the reports and what was done to the stack against them. Nothing is acknowledged or executed.
    private async Task<RunResult> LayOutForTraineeAsync(RunRequest request, IReadOnlyList<PlannedStep> plan, CancellationToken cancellationToken)
    {
        var id = request.IncidentId;
        foreach (var step in plan)
        {
            var (status, detail) = step.NotApplicable is { } why
                ? (StepStatuses.NotApplicable, why)
                : (StepStatuses.ToDo, $"trainee: {step.Step.Action} on {step.Target}{(step.Gated ? ", after the lead's approval" : "")}; " +
                    $"report it with POST /api/incidents/{id}/steps/{step.Id}/done.");
            await recorder.StepAsync(id, step, status, detail, null, cancellationToken);
        }
        await recorder.NoteAsync(id, $"trainee mode: runbook {request.Runbook.Id} is laid out for the person on call ({plan.Count} steps); nothing is executed.", cancellationToken);
        return new RunResult(RunResult.Planned, []);
    }

    private async Task AwaitApprovalAsync(long id, PlannedStep step, CancellationToken cancellationToken)
    {
        if (!approvals.IsApproved(id, step.Id))
        {
            await recorder.StepAsync(id, step, StepStatuses.AwaitingApproval,
                $"high-risk step waits for POST /api/incidents/{id}/steps/{step.Id}/approve.", StepEvents.ApprovalRequired, cancellationToken);
        }
        var by = await approvals.WaitAsync(id, step.Id, cancellationToken);
        await recorder.StepAsync(id, step, StepStatuses.Approved, $"approved by {by}.", StepEvents.ApprovalGranted, cancellationToken);
    }

    /// Pre-conditions with `within` are waited for before the target's lock is taken (an unhalt waiting minutes for
    /// PnL to be above the limit must not hold up another incident's halt); under the lock they are checked again.
    private async Task AwaitPreconditionsAsync(long id, PlannedStep step, CancellationToken cancellationToken)
    {
        foreach (var condition in step.Pre.Where(c => c.Within is not null && c is not ApprovalCondition))
        {
            var now = await conditions.EvaluateAsync(condition with { Within = null }, id, cancellationToken);
            if (now.Met != false) continue;
            await recorder.NoteAsync(id, $"autopilot: '{step.Id}' waits up to {condition.Within!.Value.TotalSeconds:0} s for its pre-condition ({now.Detail}).", cancellationToken);
            await conditions.EvaluateAsync(condition, id, cancellationToken);
        }
    }

    /// Runs the action, releases the target's lock (the post-conditions can take long), checks the post-conditions.
    private async Task<Verdict> ExecuteAsync(long id, string runbookId, PlannedStep step, IDisposable? targetLock, CancellationToken cancellationToken)
    {
        await recorder.StepAsync(id, step, StepStatuses.Running, $"{step.Step.Action} on {step.Target}", StepEvents.Started, cancellationToken);
        ActionOutcome outcome;
        try
        {
            outcome = actions.Find(step.Step.Action) is { } action
                ? await action.ExecuteAsync(new ActionContext(id, runbookId, step.Id, step.Parameters), cancellationToken)
                : ActionOutcome.Failed($"no action '{step.Step.Action}' is registered.");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            outcome = ActionOutcome.Failed($"{ex.GetType().Name}: {ex.Message}");
        }
        targetLock?.Dispose();
        if (!outcome.Succeeded)
        {
            await recorder.StepAsync(id, step, StepStatuses.Failed, outcome.Detail, StepEvents.Failed, cancellationToken);
            return new Verdict(false, $"action failed: {outcome.Detail}");
        }
        var verdicts = new List<ChecklistVerdict>();
        var unmet = await UnmetAsync(id, step.Post, cancellationToken, step.Step.Kind == StepKind.Verify ? verdicts : null);
        if (verdicts.Count > 0) await recorder.ChecklistAsync(id, step, verdicts, cancellationToken);
        if (unmet is not null)
        {
            await recorder.StepAsync(id, step, StepStatuses.Failed, $"post-condition not met: {unmet}", StepEvents.Failed, cancellationToken);
            return new Verdict(false, $"verification failed: {unmet}");
        }
        await recorder.StepAsync(id, step, StepStatuses.Succeeded, outcome.Detail, StepEvents.Succeeded, cancellationToken);
        return new Verdict(true, NewDeployment: outcome.NewDeployment);
    }

    /// The first condition that does not hold, or null. `approval granted` holds once the gate opened;
    /// a condition that cannot be evaluated (invariants) does not block. The verdicts of the conditions that speak for
    /// the recovery checklist are added to `checklist` when one is given (a verify step's post-conditions).
    private async Task<string?> UnmetAsync(long id, IReadOnlyList<Condition> list, CancellationToken cancellationToken, List<ChecklistVerdict>? checklist = null)
    {
        foreach (var condition in list.Where(c => c is not ApprovalCondition))
        {
            var result = await conditions.EvaluateAsync(condition, id, cancellationToken);
            if (checklist is not null && RecoveryChecklist.ItemsFor(condition) is { Count: > 0 } items)
            {
                checklist.Add(new ChecklistVerdict(items, result.Met, result.Detail));
            }
            if (result.Met == false) return result.Detail;
        }
        return null;
    }

    private async Task<RunResult> StopAsync(long id, PlannedStep step, string why, List<(string, string)> mitigations, CancellationToken cancellationToken)
    {
        await recorder.StepAsync(id, step, StepStatuses.Skipped, why, StepEvents.Skipped, cancellationToken);
        await recorder.NoteAsync(id, $"autopilot stopped at '{step.Id}': {why}", cancellationToken);
        return new RunResult(RunResult.Stopped, mitigations);
    }
}
