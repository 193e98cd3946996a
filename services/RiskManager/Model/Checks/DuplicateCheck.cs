namespace GameDay.RiskManager.Model.Checks;

public sealed class DuplicateCheck : IRiskCheck
{
    public string? Check(ProposedOrder order, RiskSnapshot snapshot, RiskLimits limits) =>
        snapshot.AlreadyDecided ? DenialReasons.Duplicate : null;
}
