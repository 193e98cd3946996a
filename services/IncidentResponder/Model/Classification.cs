namespace GameDay.IncidentResponder.Model;

/// One rule's effect on the severity (or why it could not be evaluated).
public sealed record ClassificationReason(string Rule, string Effect, string Detail);

public sealed record Classification(
    Severity Severity,
    Severity LabelSeverity,
    bool Page,
    IReadOnlyList<ClassificationReason> Reasons,
    TradingContext Context);
