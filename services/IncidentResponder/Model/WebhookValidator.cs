namespace GameDay.IncidentResponder.Model;

/// What makes a webhook malformed (400): not version 4, no alerts list, or an alert without the
/// fields the idempotency key and grouping need.
public static class WebhookValidator
{
    public const string Firing = "firing";
    public const string Resolved = "resolved";

    public static IReadOnlyList<string> Validate(AlertmanagerWebhook? webhook)
    {
        if (webhook is null) return ["The body is empty; expected an Alertmanager webhook (version 4)."];
        var errors = new List<string>();
        if (webhook.Version != "4") errors.Add($"version must be \"4\" (got {Quote(webhook.Version)}).");
        if (webhook.Status is not (Firing or Resolved)) errors.Add($"status must be firing or resolved (got {Quote(webhook.Status)}).");
        if (webhook.Alerts is null) errors.Add("alerts is missing.");
        for (var i = 0; i < (webhook.Alerts?.Count ?? 0); i++)
        {
            errors.AddRange(ValidateAlert(webhook.Alerts![i]).Select(e => $"alerts[{i}]: {e}"));
        }
        return errors;
    }

    private static IEnumerable<string> ValidateAlert(AlertmanagerAlert? alert)
    {
        if (alert is null)
        {
            yield return "is null.";
            yield break;
        }
        if (alert.Status is not (Firing or Resolved)) yield return $"status must be firing or resolved (got {Quote(alert.Status)}).";
        if (string.IsNullOrWhiteSpace(alert.Fingerprint)) yield return "fingerprint is missing.";
        if (alert.StartsAt is null || alert.StartsAt == DateTimeOffset.MinValue) yield return "startsAt is missing.";
        if (alert.Labels is null || !alert.Labels.ContainsKey("alertname")) yield return "labels.alertname is missing.";
        if (alert.Status == Resolved && (alert.EndsAt is null || alert.EndsAt <= DateTimeOffset.MinValue))
        {
            yield return "endsAt is missing on a resolved alert.";
        }
    }

    private static string Quote(string? value) => value is null ? "nothing" : $"\"{value}\"";
}
