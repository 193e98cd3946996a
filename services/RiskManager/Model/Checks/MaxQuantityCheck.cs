namespace GameDay.RiskManager.Model.Checks;

public sealed class MaxQuantityCheck : IRiskCheck
{
    public string? Check(ProposedOrder order, RiskSnapshot snapshot, RiskLimits limits) =>
        order.Quantity > limits.MaxQuantity ? DenialReasons.MaxQuantity : null;
}
