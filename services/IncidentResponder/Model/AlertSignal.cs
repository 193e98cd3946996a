using System.Globalization;

namespace GameDay.IncidentResponder.Model;

/// One alert of a webhook, normalised: the labels the responder reasons about pulled out.
public sealed record AlertSignal(
    string Fingerprint,
    string Status,
    string AlertName,
    string? Runbook,
    string? Resource,
    string? SeverityLabel,
    DateTimeOffset StartsAt,
    DateTimeOffset? EndsAt,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, string> Annotations,
    string? GeneratorUrl,
    string? ScenarioRunId,
    DateTimeOffset? FaultInjectedAt)
{
    public const string WatchdogName = "Watchdog";

    public bool IsFiring => Status == WebhookValidator.Firing;

    public bool IsWatchdog => AlertName == WatchdogName;

    public AlertEventKey Key => new(Fingerprint, StartsAt, Status);

    public string GroupKey => IncidentKey.For(this);

    public string Summary => Annotations.TryGetValue("summary", out var summary) && summary.Length > 0
        ? summary
        : Resource is null ? AlertName : $"{AlertName} on {Resource}";

    /// From a validated alert (see WebhookValidator).
    public static AlertSignal From(AlertmanagerAlert alert)
    {
        var labels = alert.Labels ?? [];
        var annotations = alert.Annotations ?? [];
        var endsAt = alert.Status == WebhookValidator.Resolved ? alert.EndsAt : null;
        return new AlertSignal(
            alert.Fingerprint!, alert.Status!, labels["alertname"], Label(labels, "runbook"),
            Label(labels, "resource") ?? Label(labels, "job"), Label(labels, "severity"), alert.StartsAt!.Value, endsAt,
            labels, annotations, alert.GeneratorUrl, Label(labels, "scenario_run"), InjectedAt(annotations));
    }

    private static string? Label(IReadOnlyDictionary<string, string> labels, string name) =>
        labels.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    private static DateTimeOffset? InjectedAt(IReadOnlyDictionary<string, string> annotations) =>
        annotations.TryGetValue("fault_injected_at", out var text)
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : null;
}
