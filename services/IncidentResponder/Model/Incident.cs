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

    /// In the API's answer too, so that clients (the dashboard) show the responder's figures rather than compute their own.
    public IncidentMeasures Measures => IncidentMeasures.From(Times);
}
