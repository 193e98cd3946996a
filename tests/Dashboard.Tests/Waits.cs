namespace GameDay.Dashboard.Tests;

/// Every wait of the dashboard's tests, in one place.
public static class Waits
{
    public static readonly TimeSpan StackHealthy = TimeSpan.FromMinutes(3);
    /// What the page shows follows the stack within its refresh (1–2 s) plus rendering.
    public static readonly TimeSpan PageFollows = TimeSpan.FromSeconds(15);
    /// A restarted service is Running and Healthy again.
    public static readonly TimeSpan Restart = TimeSpan.FromSeconds(60);
    /// One drill end to end (its settling, detection, the autopilot's recovery, the revert and the checks after).
    public static readonly TimeSpan Drill = TimeSpan.FromMinutes(10);
}
