using GameDay.Runbooks;

namespace GameDay.IncidentResponder.Automation;

/// A runbook step with the alert's labels filled in and its conditions parsed. `NotApplicable` says why
/// the step cannot run for this alert (a label it needs is missing); then the other fields are unfilled.
public sealed record PlannedStep(
    int Position,
    RunbookStep Step,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyList<Condition> Pre,
    IReadOnlyList<Condition> Post,
    string Target,
    string? NotApplicable)
{
    public string Id => Step.Id;

    /// Waits for an operator's approval: a high-risk step, or one whose pre-conditions ask for it.
    public bool Gated => Step.NeedsApproval || Pre.Any(c => c is ApprovalCondition);
}
