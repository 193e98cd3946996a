namespace GameDay.IncidentResponder.Model;

/// Seed 004's recovery validation checklist. Without the autopilot's verification only the alert
/// state is known to the responder; the other items are listed as not verified, not ticked.
public static class RecoveryChecklist
{
    public static readonly IReadOnlyList<string> Items =
    [
        "All health checks passing",
        "Trading system operational",
        "All agents responding",
        "Database connectivity verified",
        "Stream processing normal",
        "Monitoring alerts cleared",
        "Performance metrics normal",
        "Security posture verified",
        "Backup systems operational",
        "Documentation updated",
    ];

    public static IReadOnlyList<ChecklistItem> FromAlerts(IReadOnlyList<IncidentAlert> alerts) =>
        [.. Items.Select(item => item == "Monitoring alerts cleared"
            ? new ChecklistItem(item, alerts.All(a => a.Status == WebhookValidator.Resolved),
                $"{alerts.Count(a => a.Status == WebhookValidator.Resolved)} of {alerts.Count} alerts resolved")
            : new ChecklistItem(item, null, "not verified by the responder"))];
}
