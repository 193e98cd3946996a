namespace GameDay.RiskManager.Model.Checks;

/// Exposure cannot be judged without positions: fail closed.
public sealed class PositionsAvailableCheck : IRiskCheck
{
    public string? Check(ProposedOrder order, RiskSnapshot snapshot, RiskLimits limits) =>
        snapshot.Positions is null ? DenialReasons.PositionsUnavailable : null;
}
