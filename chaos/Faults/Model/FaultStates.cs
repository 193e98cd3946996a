namespace GameDay.Chaos;

public static class FaultStates
{
    public const string Active = "active";
    public const string Reverted = "reverted";
    /// The revert failed; the next heal tries again.
    public const string RevertFailed = "revert_failed";
}
