namespace GameDay.RiskManager.Model.Checks;

public sealed class MaxOrderValueCheck : IRiskCheck
{
    public string? Check(ProposedOrder order, RiskSnapshot snapshot, RiskLimits limits) =>
        order.Value > limits.MaxOrderValue ? DenialReasons.MaxOrderValue : null;
}
