namespace GameDay.RiskManager.Model;

public sealed record RiskDecision(bool Approved, string? Reason)
{
    public static readonly RiskDecision Approve = new(true, null);

    public static RiskDecision Deny(string reason) => new(false, reason);
}
