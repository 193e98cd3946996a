using GameDay.IncidentResponder.Actions;
using GameDay.IncidentResponder.Automation;
using GameDay.IncidentResponder.Conditions;
using GameDay.IncidentResponder.Model;
using GameDay.Runbooks;

namespace GameDay.Services.Tests.IncidentResponder;

/// Fakes of the autopilot's seams: actions that log their calls, conditions answered by a rule, a recorder in memory.
internal sealed class FakeAction(
    string name, List<string> calls, Func<ActionContext, ActionOutcome>? outcome = null, Func<ActionContext, Task<ActionOutcome>>? slow = null) : IIncidentAction
{
    public string Name => name;

    public async Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken)
    {
        lock (calls) calls.Add($"{name}:{context.StepId}:{string.Join(',', context.Parameters.Select(p => $"{p.Key}={p.Value}"))}");
        if (slow is not null) return await slow(context);
        return outcome?.Invoke(context) ?? ActionOutcome.Ok("done");
    }
}

internal sealed class FakeConditions(Func<Condition, bool?>? rule = null) : IConditionEvaluator
{
    public List<Condition> Evaluated { get; } = [];

    public Func<Condition, bool?> Rule { get; set; } = rule ?? (_ => true);

    /// Awaited before a condition is answered: a verification that takes as long as the test wants.
    public Func<Condition, Task> Hold { get; set; } = _ => Task.CompletedTask;

    public async Task<ConditionResult> EvaluateAsync(Condition condition, long incidentId, CancellationToken cancellationToken)
    {
        lock (Evaluated) Evaluated.Add(condition);
        await Hold(condition).WaitAsync(cancellationToken);
        return new ConditionResult(Rule(condition), $"fake {condition}");
    }
}

internal sealed record RecordedStep(string StepId, string Status, string Detail, string? Event);

internal sealed class FakeRecorder : IStepRecorder
{
    public List<RecordedStep> Steps { get; } = [];
    public List<string> Notes { get; } = [];
    public int Acknowledged { get; private set; }
    public int Mitigating { get; private set; }

    public IEnumerable<string> Events => Snapshot().Where(s => s.Event is not null).Select(s => $"{s.Event}:{s.StepId}");

    public RecordedStep? Last(string stepId) => Snapshot().LastOrDefault(s => s.StepId == stepId);

    public RecordedStep[] Snapshot()
    {
        lock (Steps) return [.. Steps];
    }

    public Task StepAsync(long incidentId, PlannedStep step, string status, string detail, string? eventType, CancellationToken cancellationToken)
    {
        lock (Steps) Steps.Add(new RecordedStep(step.Id, status, detail, eventType));
        return Task.CompletedTask;
    }

    public List<(string StepId, ChecklistVerdict Verdict)> Checklist { get; } = [];

    public Task ChecklistAsync(long incidentId, PlannedStep step, IReadOnlyList<ChecklistVerdict> verdicts, CancellationToken cancellationToken)
    {
        lock (Checklist) Checklist.AddRange(verdicts.Select(v => (step.Id, v)));
        return Task.CompletedTask;
    }

    public Task NoteAsync(long incidentId, string text, CancellationToken cancellationToken)
    {
        lock (Notes) Notes.Add(text);
        return Task.CompletedTask;
    }

    public Task AcknowledgeAsync(long incidentId, CancellationToken cancellationToken)
    {
        Acknowledged++;
        return Task.CompletedTask;
    }

    public Task MitigatingAsync(long incidentId, string note, CancellationToken cancellationToken)
    {
        Mitigating++;
        return Task.CompletedTask;
    }
}

/// A runner over fakes, with every action of the catalogue answering "done" unless overridden.
internal sealed class AutopilotHarness
{
    public ManualTimeProvider Time { get; } = new(Alerts.T0);
    public List<string> Calls { get; } = [];
    public FakeConditions Conditions { get; } = new();
    public FakeRecorder Recorder { get; } = new();
    public MitigationRateLimit RateLimit { get; } = new(3, TimeSpan.FromMinutes(10));
    public FixBreaker Breaker { get; } = new(2, TimeSpan.FromMinutes(10));
    public ApprovalGate Approvals { get; } = new();
    public Dictionary<string, Func<ActionContext, ActionOutcome>> Outcomes { get; } = [];

    /// Actions that take their time (awaited), by name.
    public Dictionary<string, Func<ActionContext, Task<ActionOutcome>>> Actions { get; } = [];

    public RunbookRunner Runner() => new(
        new ActionRegistry(ActionCatalogue.Names.Select(name => new FakeAction(name, Calls, Outcomes.GetValueOrDefault(name), Actions.GetValueOrDefault(name)))),
        Conditions, Recorder, RateLimit, Breaker, Approvals, Time);

    public Task<RunResult> RunAsync(Runbook runbook, IReadOnlyDictionary<string, string>? labels = null, bool dryRun = false, long incidentId = 1) =>
        Runner().RunAsync(new RunRequest(incidentId, runbook, labels ?? Labels, dryRun), CancellationToken.None);

    public static readonly IReadOnlyDictionary<string, string> Labels =
        new Dictionary<string, string> { ["alertname"] = "ServiceDown", ["resource"] = "execution-engine" };
}

internal static class TestRunbooks
{
    public static RunbookStep Step(
        string id, StepKind kind, string action, Dictionary<string, string>? with = null, RiskClass risk = RiskClass.Low,
        string[]? pre = null, string[]? post = null) =>
        new(id, kind, action, with ?? [], risk, pre ?? [], post ?? [], $"step {id}", 1);

    public static Runbook Of(params RunbookStep[] steps) =>
        new("service-crash", "Service crash", ["service-crash"], "P1", ["ServiceDown"], ["seed"], "prose", steps, "service-crash.md");

    /// The shape of runbooks/service-crash.md: diagnose, mitigate (restart), verify.
    public static Runbook ServiceCrash() => Of(
        Step("inspect", StepKind.Diagnose, "resource.logs", new() { ["resource"] = "{{resource}}", ["tail"] = "50" }),
        Step("restart", StepKind.Mitigate, "resource.restart", new() { ["resource"] = "{{resource}}" }, RiskClass.Medium,
            pre: ["resource {{resource}} unhealthy"], post: ["resource {{resource}} healthy within 60s"]),
        Step("verify", StepKind.Verify, "verify.checklist", post: ["resource {{resource}} healthy", "alert ServiceDown resolved within 60s"]));

    /// The shape of runbooks/daily-loss-limit.md's gate: a high-risk unhalt that waits for approval.
    public static Runbook LossLimit() => Of(
        Step("halt-reason", StepKind.Diagnose, "trading.status", pre: ["trading halted reason daily_loss_limit"]),
        Step("unhalt", StepKind.Mitigate, "trading.unhalt", risk: RiskClass.High,
            pre: ["approval granted", "trading halted reason daily_loss_limit"], post: ["trading active within 10s"]),
        Step("verify", StepKind.Verify, "verify.checklist", post: ["trading active"]));
}
