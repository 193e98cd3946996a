using GameDay.RiskManager.Model;

namespace GameDay.RiskManager.Apis;

/// Body of `PUT /admin/limits`: only the fields given change.
public sealed record LimitsUpdate(
    decimal? OrderNotional, decimal? LimitOffsetBps, int? MaxQuantity, decimal? MaxOrderValue, decimal? PriceCollarPercent,
    double? ReferenceMaxAgeSeconds, decimal? MaxPositionNotional, decimal? MaxGrossExposure, decimal? Capital,
    int? MaxOrdersPerWindow, bool? AutoTradingEnabled)
{
    public RiskLimits ApplyTo(RiskLimits current) => new(
        OrderNotional ?? current.OrderNotional,
        LimitOffsetBps ?? current.LimitOffsetBps,
        MaxQuantity ?? current.MaxQuantity,
        MaxOrderValue ?? current.MaxOrderValue,
        PriceCollarPercent ?? current.PriceCollarPercent,
        ReferenceMaxAgeSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : current.ReferenceMaxAge,
        MaxPositionNotional ?? current.MaxPositionNotional,
        MaxGrossExposure ?? current.MaxGrossExposure,
        Capital ?? current.Capital,
        MaxOrdersPerWindow ?? current.MaxOrdersPerWindow,
        AutoTradingEnabled ?? current.AutoTradingEnabled);

    public static Dictionary<string, string[]> Validate(RiskLimits limits)
    {
        var errors = new Dictionary<string, string[]>();
        void Require(bool ok, string field, string message)
        {
            if (!ok) errors[field] = [message];
        }
        Require(limits.OrderNotional > 0, nameof(OrderNotional), "must be positive");
        Require(limits.LimitOffsetBps is >= 0 and <= 1_000, nameof(LimitOffsetBps), "must be between 0 and 1000");
        Require(limits.MaxQuantity > 0, nameof(MaxQuantity), "must be positive");
        Require(limits.MaxOrderValue > 0, nameof(MaxOrderValue), "must be positive");
        Require(limits.PriceCollarPercent is > 0 and <= 100, nameof(PriceCollarPercent), "must be in (0, 100]");
        Require(limits.ReferenceMaxAge > TimeSpan.Zero, nameof(ReferenceMaxAgeSeconds), "must be positive");
        Require(limits.MaxPositionNotional > 0, nameof(MaxPositionNotional), "must be positive");
        Require(limits.MaxGrossExposure > 0, nameof(MaxGrossExposure), "must be positive");
        Require(limits.Capital > 0, nameof(Capital), "must be positive");
        Require(limits.MaxOrdersPerWindow > 0, nameof(MaxOrdersPerWindow), "must be positive");
        return errors;
    }
}
