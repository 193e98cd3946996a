namespace GameDay.RiskManager.Model.Checks;

/// The limit must be close to a fresh market price: no order is priced from a stale or bad tick.
public sealed class ReferencePriceCheck : IRiskCheck
{
    public string? Check(ProposedOrder order, RiskSnapshot snapshot, RiskLimits limits)
    {
        if (!snapshot.References.TryGetValue(order.Symbol, out var reference) || reference.Price <= 0
            || snapshot.Now - reference.At > limits.ReferenceMaxAge)
        {
            return DenialReasons.StaleReferencePrice;
        }
        var deviationPercent = Math.Abs(order.LimitPrice - reference.Price) / reference.Price * 100m;
        return deviationPercent > limits.PriceCollarPercent ? DenialReasons.PriceCollar : null;
    }
}
