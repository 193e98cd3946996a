namespace GameDay.RiskManager.Model.Checks;

/// The orchestrator halts on these too; checking here closes the gap until its halt arrives.
public sealed class DailyPnlCheck : IRiskCheck
{
    public string? Check(ProposedOrder order, RiskSnapshot snapshot, RiskLimits limits)
    {
        if (snapshot.Status is not { } status) return DenialReasons.TradingStateUnknown;
        if (status.DailyLossLimit > 0 && status.TotalPnl <= -status.DailyLossLimit) return DenialReasons.DailyLossLimit;
        if (status.DailyTarget > 0 && status.TotalPnl >= status.DailyTarget) return DenialReasons.DailyTargetReached;
        return null;
    }
}
