namespace GameDay.IncidentResponder.Model;

/// The lifecycle of seeds 001 and 003: alert → acknowledge → mitigate → monitor → resolve → close.
public static class IncidentStates
{
    public const string Triggered = "triggered";
    public const string Acknowledged = "acknowledged";
    public const string Mitigating = "mitigating";
    public const string Monitoring = "monitoring";
    public const string Resolved = "resolved";
    public const string Closed = "closed";

    public static readonly IReadOnlyList<string> All = [Triggered, Acknowledged, Mitigating, Monitoring, Resolved, Closed];

    /// Open incidents take new alerts of their key; resolved ones only within the flap window.
    public static bool IsOpen(string state) => state is Triggered or Acknowledged or Mitigating or Monitoring;

    public static bool IsKnown(string? state) => state is not null && All.Contains(state);
}
