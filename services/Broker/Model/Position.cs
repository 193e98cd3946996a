namespace GameDay.Broker.Model;

/// Net position in one symbol across both venues: SELL negative, shorts allowed. The average
/// price moves on increases; reductions realize PnL against it; crossing zero opens at the fill.
public sealed class Position(string symbol)
{
    public string Symbol { get; } = symbol;

    public long Quantity { get; private set; }

    public decimal AveragePrice { get; private set; }

    public decimal RealizedPnl { get; private set; }

    /// Returns the PnL this fill realized.
    public decimal Apply(long signedQuantity, decimal price)
    {
        if (Quantity == 0 || Math.Sign(Quantity) == Math.Sign(signedQuantity))
        {
            var total = Math.Abs(Quantity) + Math.Abs(signedQuantity);
            AveragePrice = Math.Round((Math.Abs(Quantity) * AveragePrice + Math.Abs(signedQuantity) * price) / total, 4);
            Quantity += signedQuantity;
            return 0;
        }

        var closed = Math.Min(Math.Abs(Quantity), Math.Abs(signedQuantity));
        var realized = closed * (price - AveragePrice) * Math.Sign(Quantity);
        RealizedPnl += realized;
        var remaining = Quantity + signedQuantity;
        if (remaining == 0) AveragePrice = 0;
        else if (Math.Sign(remaining) != Math.Sign(Quantity)) AveragePrice = price;
        Quantity = remaining;
        return realized;
    }
}
