namespace GameDay.RiskManager.Model;

/// The limits in force; immutable so a decision sees one consistent set even while an admin changes them.
public sealed record RiskLimits(
    decimal OrderNotional, decimal LimitOffsetBps, int MaxQuantity, decimal MaxOrderValue, decimal PriceCollarPercent,
    TimeSpan ReferenceMaxAge, decimal MaxPositionNotional, decimal MaxGrossExposure, decimal Capital,
    int MaxOrdersPerWindow, bool AutoTradingEnabled)
{
    /// The sliding window of the order-rate check.
    public static readonly TimeSpan RateWindow = TimeSpan.FromSeconds(10);
}
