namespace GameDay.Broker.Model;

/// Index-wide market halts, NSE style: a move of 10, 15 or 20 % from the reference level halts
/// both venues' market for the level's duration (session time); each level fires once per session
/// day, and trading resumes by itself when the halt ends. Admins can also halt and lift by hand.
public sealed class CircuitBreaker(IReadOnlyList<CircuitBreakerLevel> levels, double referenceLevel)
{
    public const string ManualReason = "manual";

    private readonly HashSet<(DateTime Day, double Percent)> _triggered = [];

    public double ReferenceLevel { get; } = referenceLevel;

    public DateTimeOffset? HaltedUntil { get; private set; }

    public string? Reason { get; private set; }

    public bool IsHalted(DateTimeOffset sessionNow) => HaltedUntil is { } until && sessionNow < until;

    public double ChangePercent(double indexLevel) => (indexLevel / ReferenceLevel - 1) * 100;

    /// The highest level the index has newly crossed, if any; no decision while already halted,
    /// so a deeper move during a halt shows when trading would resume.
    public CircuitBreakerLevel? Breach(double indexLevel, DateTimeOffset sessionNow)
    {
        if (IsHalted(sessionNow)) return null;
        var move = Math.Abs(ChangePercent(indexLevel));
        var day = sessionNow.ToOffset(SessionClock.Ist).Date;
        return levels.Where(l => move >= l.Percent && !_triggered.Contains((day, l.Percent)))
            .MaxBy(l => l.Percent);
    }

    /// Crossing a level also uses up every lower one, as a single 20 % gap would on NSE.
    public void Halt(DateTimeOffset until, string reason, double? percent, DateTimeOffset sessionNow)
    {
        HaltedUntil = until;
        Reason = reason;
        if (percent is not { } crossed) return;
        var day = sessionNow.ToOffset(SessionClock.Ist).Date;
        foreach (var level in levels.Where(l => l.Percent <= crossed)) _triggered.Add((day, level.Percent));
    }

    public void Lift()
    {
        HaltedUntil = null;
        Reason = null;
    }

    public static string ReasonFor(CircuitBreakerLevel level) => $"index_move_{level.Percent:0.##}pct";
}
