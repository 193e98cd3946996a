namespace GameDay.IncidentResponder.Model;

/// Alertmanager's webhook body, version 4.
public sealed record AlertmanagerWebhook(
    string? Version,
    string? GroupKey,
    string? Status,
    string? Receiver,
    Dictionary<string, string>? GroupLabels,
    Dictionary<string, string>? CommonLabels,
    Dictionary<string, string>? CommonAnnotations,
    string? ExternalUrl,
    List<AlertmanagerAlert>? Alerts);

public sealed record AlertmanagerAlert(
    string? Status,
    Dictionary<string, string>? Labels,
    Dictionary<string, string>? Annotations,
    DateTimeOffset? StartsAt,
    DateTimeOffset? EndsAt,
    string? GeneratorUrl,
    string? Fingerprint);
