using GameDay.Contracts;

namespace GameDay.Orchestrator.Model;

/// Validates halt reasons. Seed 004's emergency-stop command sends `emergency_stop`, which is not
/// one of its documented reasons; it means an operator stop, so it is recorded as `manual`.
public static class HaltReasonParser
{
    public const string EmergencyStopAlias = "emergency_stop";

    public static string ValidReasonsText { get; } =
        string.Join(", ", HaltReasons.All) + $" ('{EmergencyStopAlias}' is accepted as '{HaltReasons.Manual}')";

    public static bool TryParse(string? raw, out string reason)
    {
        var candidate = raw?.Trim().ToLowerInvariant();
        reason = candidate == EmergencyStopAlias ? HaltReasons.Manual : candidate ?? "";
        return HaltReasons.All.Contains(reason);
    }
}
