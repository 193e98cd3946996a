namespace GameDay.RiskManager.Model.Checks;

public sealed class AutoTradingCheck : IRiskCheck
{
    public string? Check(ProposedOrder order, RiskSnapshot snapshot, RiskLimits limits) =>
        limits.AutoTradingEnabled ? null : DenialReasons.AutoTradingDisabled;
}
