using System.Diagnostics.Metrics;

namespace GameDay.RiskManager.Infrastructure;

public static class RiskMetrics
{
    public static readonly Meter Meter = new("GameDay.RiskManager");

    /// Exported as `risk_denials_total{reason}`.
    public static readonly Counter<long> Denials = Meter.CreateCounter<long>("risk_denials");

    public static readonly Counter<long> Approvals = Meter.CreateCounter<long>("risk_approvals");
}
