namespace GameDay.RiskManager.Model.Checks;

/// Gross notional across symbols after the order; reducing orders always pass.
public sealed class ExposureLimitCheck : IRiskCheck
{
    public string? Check(ProposedOrder order, RiskSnapshot snapshot, RiskLimits limits)
    {
        var increase = ExposureIncrease(order, snapshot);
        if (increase <= 0) return null;
        return snapshot.GrossExposure() + increase > limits.MaxGrossExposure ? DenialReasons.ExposureLimit : null;
    }

    /// How much the order adds to gross notional (negative when it reduces a position).
    public static decimal ExposureIncrease(ProposedOrder order, RiskSnapshot snapshot)
    {
        var held = snapshot.QuantityOf(order.Symbol);
        var price = snapshot.MarkPrice(order.Symbol, order.LimitPrice);
        return (Math.Abs(held + order.SignedQuantity) - Math.Abs(held)) * price;
    }
}
