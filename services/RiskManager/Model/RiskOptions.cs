using System.ComponentModel.DataAnnotations;

namespace GameDay.RiskManager.Model;

/// Section `Risk`: the limits a run starts with; `PUT /admin/limits` changes them at run time.
public sealed class RiskOptions
{
    public const string Section = "Risk";

    [Range(1, double.MaxValue)] public decimal OrderNotional { get; set; } = 100_000m;
    [Range(0, 1_000)] public decimal LimitOffsetBps { get; set; } = 5m;
    [Range(1, int.MaxValue)] public int MaxQuantity { get; set; } = 10_000;
    [Range(1, double.MaxValue)] public decimal MaxOrderValue { get; set; } = 250_000m;
    [Range(0.01, 100)] public decimal PriceCollarPercent { get; set; } = 2m;
    [Range(0.1, 3_600)] public double ReferenceMaxAgeSeconds { get; set; } = 5;
    [Range(1, double.MaxValue)] public decimal MaxPositionNotional { get; set; } = 1_000_000m;
    [Range(1, double.MaxValue)] public decimal MaxGrossExposure { get; set; } = 5_000_000m;
    [Range(1, double.MaxValue)] public decimal Capital { get; set; } = 10_000_000m;
    [Range(1, 10_000)] public int MaxOrdersPerWindow { get; set; } = 20;
    public bool AutoTradingEnabled { get; set; } = true;

    public RiskLimits ToLimits() => new(OrderNotional, LimitOffsetBps, MaxQuantity, MaxOrderValue, PriceCollarPercent,
        TimeSpan.FromSeconds(ReferenceMaxAgeSeconds), MaxPositionNotional, MaxGrossExposure, Capital, MaxOrdersPerWindow,
        AutoTradingEnabled);
}
