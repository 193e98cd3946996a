using System.Diagnostics.Metrics;

namespace GameDay.RiskManager.Infrastructure;

public static class RiskMetrics
{
    public static readonly Meter Meter = new("GameDay.RiskManager");

    /// Exported as `risk_denials_total{reason}`.
    public static readonly Counter<long> Denials = Meter.CreateCounter<long>("risk_denials", description: "Orders denied by the pre-trade checks, by reason");

    public static readonly Counter<long> Approvals = Meter.CreateCounter<long>("risk_approvals", description: "Orders approved by the pre-trade checks");
}
