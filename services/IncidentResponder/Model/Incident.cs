namespace GameDay.IncidentResponder.Model;

/// An incident as stored (the `incidents` row).
public sealed record Incident(
    long Id,
    string Key,
    string Title,
    string? Runbook,
    string? Resource,
    Severity Severity,
    string State,
    string? ScenarioRunId,
    IncidentTimestamps Times,
    bool Paged,
    DateTimeOffset? PagedAt,
    int EscalationLevel,
    int Flaps,
    Classification? Classification,
    IReadOnlyList<Communication> Communications)
{
    public string Label => $"#{Id} {Title}";
}
