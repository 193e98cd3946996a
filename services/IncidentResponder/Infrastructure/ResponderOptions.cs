using GameDay.IncidentResponder.Model;

namespace GameDay.IncidentResponder.Infrastructure;

/// Section `Responder`.
public sealed record ResponderOptions
{
    public const string Section = "Responder";

    /// A resolved alert that fires again within this window re-opens its incident and counts a flap.
    public TimeSpan FlapWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// How long all alerts must stay resolved before a monitoring incident is resolved.
    public TimeSpan StabilisationWindow { get; set; } = TimeSpan.FromSeconds(10);

    /// Multiplies the acknowledgement timeouts: 0.01 turns a P0's 5 min into 3 s for drills.
    public double TimeScale { get; set; } = 1.0;

    /// Acknowledgement timeout per severity ("P0" … "P3") before escalating one level.
    public Dictionary<string, TimeSpan> AckTimeouts { get; set; } = [];

    /// How often the lifecycle loop resolves stabilised incidents and escalates unacknowledged ones.
    public TimeSpan LoopInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// Services whose failure with open exposure while the market is open is at least P1 (null: the default set).
    public string[]? TradingCriticalServices { get; set; }

    /// "Near the daily loss limit": total PnL within this share of the limit raises one level.
    public decimal LossLimitProximity { get; set; } = 0.2m;

    /// Time allowed to read the trading context; after it the context counts as unknown. /pnl/status makes two
    /// database round trips (three more to open a connection): with the database path slow (db-network-latency,
    /// 600 ms each) it needs about 3 s, and that is exactly when the exposure rule matters.
    public TimeSpan ContextTimeout { get; set; } = TimeSpan.FromSeconds(5);

    public string OrchestratorUrl { get; set; } = "http://orchestrator";

    public string BrokerUrl { get; set; } = "http://broker";

    public string Venue { get; set; } = "primary";

    public string? Validate()
    {
        if (FlapWindow < TimeSpan.Zero || StabilisationWindow < TimeSpan.Zero) return "Responder:FlapWindow and StabilisationWindow must not be negative.";
        if (TimeScale <= 0) return "Responder:TimeScale must be positive.";
        if (LoopInterval <= TimeSpan.Zero || ContextTimeout <= TimeSpan.Zero) return "Responder:LoopInterval and ContextTimeout must be positive.";
        if (LossLimitProximity is <= 0 or >= 1) return "Responder:LossLimitProximity must be between 0 and 1.";
        foreach (var (key, value) in AckTimeouts)
        {
            if (!SeverityExtensions.TryParse(key, out _) || value <= TimeSpan.Zero) return $"Responder:AckTimeouts:{key} must name P0–P3 and be positive.";
        }
        if (!Uri.TryCreate(OrchestratorUrl, UriKind.Absolute, out _) || !Uri.TryCreate(BrokerUrl, UriKind.Absolute, out _))
        {
            return "Responder:OrchestratorUrl and BrokerUrl must be absolute URLs.";
        }
        return null;
    }

    public EscalationSettings Escalation()
    {
        var timeouts = new Dictionary<Severity, TimeSpan>(EscalationSettings.SeedTimeouts);
        foreach (var (key, value) in AckTimeouts)
        {
            if (SeverityExtensions.TryParse(key, out var severity)) timeouts[severity] = value;
        }
        return new EscalationSettings(timeouts, TimeScale);
    }

    public ClassifierSettings Classifier() => ClassifierSettings.Default with
    {
        TradingCriticalServices = TradingCriticalServices is { Length: > 0 } services
            ? new HashSet<string>(services)
            : ClassifierSettings.Default.TradingCriticalServices,
        LossLimitProximity = LossLimitProximity,
    };
}
