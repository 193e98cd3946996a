namespace GameDay.IncidentResponder.Model;

/// The post-mortem in the seeds' template (003's sections, 004's timeline and checklist), as JSON.
public sealed record Postmortem(
    long IncidentId,
    string Title,
    Severity Severity,
    PostmortemSummary Summary,
    IncidentMeasures Measures,
    IReadOnlyList<TimelineEntry> Timeline,
    PostmortemRootCause RootCause,
    string Resolution,
    IReadOnlyList<string> ActionItems,
    IReadOnlyList<ChecklistItem> RecoveryChecklist,
    IReadOnlyList<string> WentWell,
    IReadOnlyList<string> CouldBeImproved,
    IReadOnlyList<string> LessonsLearned,
    DateTimeOffset GeneratedAt);

public sealed record PostmortemSummary(
    DateTimeOffset StartedAt, DateTimeOffset? ResolvedAt, double? DurationSeconds, IReadOnlyList<string> ServicesAffected,
    string BusinessImpact, string? ScenarioRunId, int Flaps, int EscalationLevel, bool Paged);

public sealed record PostmortemRootCause(string PrimaryCause, IReadOnlyList<string> ContributingFactors, string? DetectionDelay);

/// One line of seed 004's recovery validation checklist; `Verified` null means not checked yet.
public sealed record ChecklistItem(string Item, bool? Verified, string Evidence);
