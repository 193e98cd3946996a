namespace GameDay.RiskManager.Model.Checks;

/// One pre-trade check: the denial reason, or null when the order passes.
public interface IRiskCheck
{
    string? Check(ProposedOrder order, RiskSnapshot snapshot, RiskLimits limits);
}
