namespace GameDay.IncidentResponder.Model;

/// Seed 004's escalation matrix: level 1 is the primary contact, then secondary, then management.
public static class EscalationMatrix
{
    private static readonly Dictionary<Severity, string[]> Levels = new()
    {
        [Severity.P0] = ["On-call Engineer", "Engineering Manager", "CTO"],
        [Severity.P1] = ["On-call Engineer", "Team Lead", "Engineering Manager"],
        [Severity.P2] = ["Assigned Engineer", "Team Lead"],
        [Severity.P3] = ["Assigned Engineer"],
    };

    public static IReadOnlyList<string> For(Severity severity) => Levels[severity];

    /// Level is 1-based; null past the top of the matrix.
    public static string? Contact(Severity severity, int level) =>
        level >= 1 && level <= Levels[severity].Length ? Levels[severity][level - 1] : null;

    /// Seed 004's Slack channels: P0/P1 in #trading-critical, P2/P3 in #trading-alerts.
    public static string Channel(Severity severity) => severity <= Severity.P1 ? "#trading-critical" : "#trading-alerts";
}
