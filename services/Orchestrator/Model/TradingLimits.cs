namespace GameDay.Orchestrator.Model;

/// Daily loss limit and daily target, both positive amounts.
public sealed record TradingLimits(decimal DailyLossLimit, decimal DailyTarget)
{
    public static string? Validate(decimal dailyLossLimit, decimal dailyTarget) =>
        dailyLossLimit <= 0 ? "dailyLossLimit must be positive."
        : dailyTarget <= 0 ? "dailyTarget must be positive."
        : null;
}
