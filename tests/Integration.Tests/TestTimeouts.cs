namespace GameDay.Integration.Tests;

/// Every wait of the integration tests, in one place.
public static class TestTimeouts
{
    public static readonly TimeSpan StackHealthy = TimeSpan.FromMinutes(3);
    public static readonly TimeSpan ResourceHealthy = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan FirstTrades = TimeSpan.FromSeconds(90);
    /// The next order after an interruption: the strategy sends about eight a minute, but in bursts that follow the
    /// index, and a whole minute without one happens.
    public static readonly TimeSpan OrdersResume = TimeSpan.FromSeconds(120);
    public static readonly TimeSpan HaltPropagation = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan HaltedObservation = TimeSpan.FromSeconds(10);
    /// How long a test watches that something does not happen (several of the responder's 1 s lifecycle ticks).
    public static readonly TimeSpan QuietObservation = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan Backlog = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan DeadLetter = TimeSpan.FromSeconds(45);
    /// Issue 3: a stopped service's alert reaches the webhook within 15 s.
    public static readonly TimeSpan AlertDelivery = TimeSpan.FromSeconds(15);
    public static readonly TimeSpan AlertResolution = TimeSpan.FromSeconds(60);
    /// Until earlier crashes of a resource leave CrashLoop's 1 min window.
    public static readonly TimeSpan CrashLoopWindow = TimeSpan.FromSeconds(90);
    /// Detection, the autopilot's restart, its verification and the alert clearing.
    public static readonly TimeSpan AutopilotRecovery = TimeSpan.FromSeconds(150);
    public static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);
    /// One drill end to end: its recovery bound, the revert's settling and the checks after.
    public static readonly TimeSpan Drill = TimeSpan.FromMinutes(12);
}
