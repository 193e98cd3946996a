using GameDay.Contracts;

namespace GameDay.Orchestrator.Model;

/// The monitor's automatic halts. Only a trading system halts itself (ACTIVE or REDUCING): an
/// existing halt, whatever its reason, is never overwritten, and nothing here ever unhalts.
public static class HaltPolicy
{
    public static string? Decide(TradingStatus current, decimal totalPnl, TradingLimits limits)
    {
        if (current.IsHalted) return null;
        if (totalPnl <= -limits.DailyLossLimit) return HaltReasons.DailyLossLimit;
        if (totalPnl >= limits.DailyTarget) return HaltReasons.DailyTargetReached;
        return null;
    }
}
