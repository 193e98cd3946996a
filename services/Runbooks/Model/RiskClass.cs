namespace GameDay.Runbooks;

/// How much harm a wrong step can do; High steps run in autopilot only after an operator's approval.
public enum RiskClass
{
    Low,
    Medium,
    High,
}
