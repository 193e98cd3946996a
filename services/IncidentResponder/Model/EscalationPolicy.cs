namespace GameDay.IncidentResponder.Model;

/// Acknowledgement timeouts per severity (seed 002: P0 5 min, P1 15 min, P2 1 h, P3 4 h), scaled
/// for drills: with TimeScale 0.01 a P0 escalates after 3 s instead of 5 min.
public sealed record EscalationSettings(IReadOnlyDictionary<Severity, TimeSpan> AckTimeouts, double TimeScale)
{
    public static readonly IReadOnlyDictionary<Severity, TimeSpan> SeedTimeouts = new Dictionary<Severity, TimeSpan>
    {
        [Severity.P0] = TimeSpan.FromMinutes(5),
        [Severity.P1] = TimeSpan.FromMinutes(15),
        [Severity.P2] = TimeSpan.FromHours(1),
        [Severity.P3] = TimeSpan.FromHours(4),
    };
}

/// Pure escalation timing: each page that stays unacknowledged for the severity's timeout pages
/// the next level of the matrix (seed 004), until its top.
public sealed class EscalationPolicy(EscalationSettings settings)
{
    public TimeSpan AckTimeout(Severity severity) =>
        (settings.AckTimeouts.TryGetValue(severity, out var timeout) ? timeout : EscalationSettings.SeedTimeouts[severity])
        * settings.TimeScale;

    /// The next level to page now, or null: never paged, acknowledged, at the top, or not yet due.
    public int? NextLevel(Severity severity, DateTimeOffset? lastPagedAt, int currentLevel, bool acknowledged, DateTimeOffset now)
    {
        if (lastPagedAt is null || acknowledged || currentLevel < 1) return null;
        var next = currentLevel + 1;
        if (EscalationMatrix.Contact(severity, next) is null) return null;
        return now >= DueAt(severity, lastPagedAt.Value) ? next : null;
    }

    public DateTimeOffset DueAt(Severity severity, DateTimeOffset lastPagedAt) => lastPagedAt + AckTimeout(severity);
}
