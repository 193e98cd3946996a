using GameDay.IncidentResponder.Model;

namespace GameDay.Services.Tests.IncidentResponder;

/// Builders for alerts and contexts as Alertmanager and the orchestrator would send them.
internal static class Alerts
{
    public static readonly DateTimeOffset T0 = new(2025, 1, 6, 9, 30, 0, TimeSpan.Zero);

    public static AlertmanagerAlert Raw(
        string name = "ServiceDown", string severity = "P1", string runbook = "service-crash", string? resource = "execution-engine",
        string status = "firing", string fingerprint = "fp-1", DateTimeOffset? startsAt = null, DateTimeOffset? endsAt = null,
        Dictionary<string, string>? extraLabels = null, Dictionary<string, string>? annotations = null)
    {
        var labels = new Dictionary<string, string> { ["alertname"] = name, ["severity"] = severity, ["runbook"] = runbook, ["job"] = "apphost" };
        if (resource is not null) labels["resource"] = resource;
        foreach (var (k, v) in extraLabels ?? []) labels[k] = v;
        return new AlertmanagerAlert(status, labels, annotations ?? new() { ["summary"] = $"{resource} is down" },
            startsAt ?? T0, endsAt ?? (status == "resolved" ? T0.AddSeconds(30) : DateTimeOffset.MinValue),
            "http://prometheus/graph", fingerprint);
    }

    public static AlertSignal Signal(
        string name = "ServiceDown", string severity = "P1", string runbook = "service-crash", string? resource = "execution-engine") =>
        AlertSignal.From(Raw(name, severity, runbook, resource));

    public static AlertmanagerWebhook Webhook(params AlertmanagerAlert[] alerts) =>
        new("4", "{}:{alertname=\"ServiceDown\"}", alerts.Any(a => a.Status == "firing") ? "firing" : "resolved", "incident-responder",
            [], [], [], "http://alertmanager", [.. alerts]);

    public static TradingContext Context(
        string state = "ACTIVE", string? haltReason = null, int openPositions = 0, decimal totalPnl = 0m, decimal lossLimit = 200_000m,
        MarketSession market = MarketSession.Open) =>
        new(new PnlContext(state, haltReason, openPositions, totalPnl, lossLimit), null, market, null);
}
