namespace GameDay.Orchestrator.Infrastructure;

/// Section `Trading`: the limits a run starts with (PUT /admin/limits changes them at run time).
public sealed record TradingOptions
{
    public const string Section = "Trading";

    public decimal DailyLossLimit { get; set; } = 200_000m;

    public decimal DailyTarget { get; set; } = 400_000m;

    /// How often the monitor recomputes PnL and checks the limits.
    public TimeSpan MonitorInterval { get; set; } = TimeSpan.FromSeconds(1);
}
