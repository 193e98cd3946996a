namespace GameDay.IncidentResponder.Model;

/// A verify step's verdict on one of its post-conditions, with the items of seed 004's recovery validation
/// checklist it speaks for. Met is null when the condition was not evaluated.
public sealed record ChecklistVerdict(IReadOnlyList<string> Items, bool? Met, string Detail);

/// The verdicts one verify step recorded (a `checklist_checked` timeline event).
public sealed record ChecklistEvidence(DateTimeOffset At, string Step, IReadOnlyList<ChecklistVerdict> Verdicts);
