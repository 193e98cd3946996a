using GameDay.RiskManager.Model;

namespace GameDay.RiskManager.Apis;

/// `GET /limits`: the limits in force, with durations in seconds so the JSON mirrors the configuration keys.
public sealed record LimitsView(
    decimal OrderNotional, decimal LimitOffsetBps, int MaxQuantity, decimal MaxOrderValue, decimal PriceCollarPercent,
    double ReferenceMaxAgeSeconds, decimal MaxPositionNotional, decimal MaxGrossExposure, decimal Capital,
    int MaxOrdersPerWindow, double RateWindowSeconds, bool AutoTradingEnabled)
{
    public static LimitsView From(RiskLimits l) => new(l.OrderNotional, l.LimitOffsetBps, l.MaxQuantity, l.MaxOrderValue,
        l.PriceCollarPercent, l.ReferenceMaxAge.TotalSeconds, l.MaxPositionNotional, l.MaxGrossExposure, l.Capital,
        l.MaxOrdersPerWindow, RiskLimits.RateWindow.TotalSeconds, l.AutoTradingEnabled);
}
