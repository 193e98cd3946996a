namespace GameDay.Runbooks;

/// One step of a runbook's ```steps block. `With`, `Pre` and `Post` keep their `{{label}}` templates:
/// the responder fills them from the alert's labels (<see cref="Template.Fill"/>) and then parses the
/// conditions with <see cref="ConditionParser"/>.
public sealed record RunbookStep(
    string Id,
    StepKind Kind,
    string Action,
    IReadOnlyDictionary<string, string> With,
    RiskClass Risk,
    IReadOnlyList<string> Pre,
    IReadOnlyList<string> Post,
    string Description,
    int Line)
{
    public bool NeedsApproval => Risk == RiskClass.High;
}
