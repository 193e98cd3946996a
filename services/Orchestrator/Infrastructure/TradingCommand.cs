namespace GameDay.Orchestrator.Infrastructure;

/// Who asks for a state change and how: `Action` goes to the audit (halt, unhalt, reduce,
/// emergency_stop); `CancelAll` also publishes CancelAllRequested, and is audited even when the
/// state does not change (an emergency stop while halted still cancels open orders).
public sealed record TradingCommand(string Action, string Actor, string Source, bool CancelAll = false)
{
    public const string Halt = "halt";
    public const string Unhalt = "unhalt";
    public const string Reduce = "reduce";
    public const string EmergencyStop = "emergency_stop";
}
