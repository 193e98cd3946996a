namespace GameDay.Contracts;

public static class TradingStates
{
    public const string Active = "ACTIVE";
    public const string Halted = "HALTED";
    public const string Reducing = "REDUCING";

    /// The advisory lock of `trading_state`: the orchestrator changes the state holding it exclusively, the execution
    /// engine commits a submission holding it shared, so the database orders every halt against every submission.
    public const long ChangeLock = 0x6f72_6368_7374_61; // "orchsta"
}

/// Halt reasons of seed 004; `emergency_stop` is accepted as an alias of `manual` by the orchestrator.
public static class HaltReasons
{
    public const string Manual = "manual";
    public const string SystemError = "system_error";
    public const string SecurityIncident = "security_incident";
    public const string DailyLossLimit = "daily_loss_limit";
    public const string DailyTargetReached = "daily_target_reached";

    public static readonly IReadOnlyList<string> All =
        [Manual, SystemError, SecurityIncident, DailyLossLimit, DailyTargetReached];
}
