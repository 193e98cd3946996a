namespace GameDay.RiskManager.Model;

/// Reason codes of denials: the `reason` tag of `risk_denials_total` and the `reason` column.
public static class DenialReasons
{
    public const string AutoTradingDisabled = "auto_trading_disabled";
    public const string InvalidSignal = "invalid_signal";
    public const string Duplicate = "duplicate";
    public const string TradingStateUnknown = "trading_state_unknown";
    public const string KillSwitch = "kill_switch";
    public const string TradingHalted = "trading_halted";
    public const string ReduceOnly = "reduce_only";
    public const string DailyLossLimit = "daily_loss_limit";
    public const string DailyTargetReached = "daily_target_reached";
    public const string MaxQuantity = "max_quantity";
    public const string MaxOrderValue = "max_order_value";
    public const string StaleReferencePrice = "stale_reference_price";
    public const string PriceCollar = "price_collar";
    public const string PositionsUnavailable = "positions_unavailable";
    public const string PositionLimit = "position_limit";
    public const string ExposureLimit = "exposure_limit";
    public const string BuyingPower = "buying_power";
    public const string OrderRate = "order_rate";
    public const string CheckFailed = "check_failed";

    /// Not a limit: the strategy already holds its unit in the signal's direction.
    public const string PositionHeld = "position_held";
}
