using GameDay.Contracts;
using GameDay.Runbooks;

namespace GameDay.IncidentResponder.Model;

/// Seed 004's recovery validation checklist. "Monitoring alerts cleared" comes from the incident's alerts; the items
/// a verify step's post-conditions speak for come from their verdicts (the latest verify step that spoke decides);
/// the rest are listed as not verified, not ticked.
public static class RecoveryChecklist
{
    public const string HealthChecks = "All health checks passing";
    public const string Trading = "Trading system operational";
    public const string Agents = "All agents responding";
    public const string Database = "Database connectivity verified";
    public const string Streams = "Stream processing normal";
    public const string AlertsCleared = "Monitoring alerts cleared";

    public static readonly IReadOnlyList<string> Items =
    [
        HealthChecks,
        Trading,
        Agents,
        Database,
        Streams,
        AlertsCleared,
        "Performance metrics normal",
        "Security posture verified",
        "Backup systems operational",
        "Documentation updated",
    ];

    /// The checklist items a post-condition verifies: every resource healthy is every health check and every
    /// service answering (the databases among them); a database probe that answers is connectivity.
    public static IReadOnlyList<string> ItemsFor(Condition condition) => condition switch
    {
        ResourceCondition { AllResources: true, State: ResourceState.Healthy } => [HealthChecks, Agents, Database],
        ResourceCondition { Resource: ResourceNames.Postgres or ResourceNames.TradingDb, State: ResourceState.Healthy } => [Database],
        PostgresCondition => [Database],
        TradingCondition { Halted: false } => [Trading],
        StreamCondition => [Streams],
        _ => [],
    };

    public static IReadOnlyList<ChecklistItem> From(IReadOnlyList<IncidentAlert> alerts, IReadOnlyList<ChecklistEvidence> evidence) =>
        [.. Items.Select(item => item == AlertsCleared ? FromAlerts(alerts) : FromEvidence(item, evidence))];

    private static ChecklistItem FromAlerts(IReadOnlyList<IncidentAlert> alerts)
    {
        var resolved = alerts.Count(a => a.Status == WebhookValidator.Resolved);
        return new ChecklistItem(AlertsCleared, resolved == alerts.Count, $"{resolved} of {alerts.Count} alerts resolved");
    }

    /// A re-opened incident's later verification supersedes the first; within one step, any unmet condition fails the item.
    private static ChecklistItem FromEvidence(string item, IReadOnlyList<ChecklistEvidence> evidence)
    {
        if (evidence.LastOrDefault(e => e.Verdicts.Any(v => v.Items.Contains(item))) is not { } latest)
        {
            return new ChecklistItem(item, null, "not verified by the responder");
        }
        var verdicts = latest.Verdicts.Where(v => v.Items.Contains(item)).ToList();
        bool? verified = verdicts.Any(v => v.Met == false) ? false : verdicts.Any(v => v.Met == true) ? true : null;
        return new ChecklistItem(item, verified,
            $"{string.Join("; ", verdicts.Select(v => v.Detail.TrimEnd('.')))} (step '{latest.Step}' at {latest.At.UtcDateTime:HH:mm:ss}Z)");
    }
}
