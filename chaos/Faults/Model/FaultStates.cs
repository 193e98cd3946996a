namespace GameDay.Chaos;

public static class FaultStates
{
    /// Its inject is still running: listed (heal and the gate wait for it), but not yet in force, and reverted at once
    /// if the inject fails or its caller goes away.
    public const string Injecting = "injecting";
    public const string Active = "active";
    public const string Reverted = "reverted";
    /// The revert failed; the next heal tries again.
    public const string RevertFailed = "revert_failed";
}
