namespace GameDay.RiskManager.Model.Checks;

/// At most N approvals in a sliding window of 10 s.
public sealed class OrderRateCheck : IRiskCheck
{
    public string? Check(ProposedOrder order, RiskSnapshot snapshot, RiskLimits limits)
    {
        var since = snapshot.Now - RiskLimits.RateWindow;
        var recent = snapshot.RecentApprovals.Count(at => at > since);
        return recent >= limits.MaxOrdersPerWindow ? DenialReasons.OrderRate : null;
    }
}
