namespace GameDay.IncidentResponder.Model;

/// One alert (by fingerprint) that belongs to an incident, with its latest status.
public sealed record IncidentAlert(
    string Fingerprint, string AlertName, string? Resource, string Status, DateTimeOffset StartsAt,
    DateTimeOffset? EndsAt, string Summary);
