namespace GameDay.RiskManager.Model.Checks;

/// Per-symbol notional after the order. An order that shrinks the position always passes, so that
/// limits lowered below the current exposure still let it be reduced.
public sealed class PositionLimitCheck : IRiskCheck
{
    public string? Check(ProposedOrder order, RiskSnapshot snapshot, RiskLimits limits)
    {
        var held = snapshot.QuantityOf(order.Symbol);
        var after = held + order.SignedQuantity;
        if (Math.Abs(after) <= Math.Abs(held)) return null;
        return Math.Abs(after) * order.LimitPrice > limits.MaxPositionNotional ? DenialReasons.PositionLimit : null;
    }
}
