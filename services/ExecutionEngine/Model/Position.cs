namespace GameDay.ExecutionEngine.Model;

/// A net position (SELL negative) with its average entry price and realized PnL.
public sealed record Position(string Symbol, int Quantity, decimal AveragePrice, decimal RealizedPnl)
{
    public static Position Flat(string symbol) => new(symbol, 0, 0m, 0m);

    /// Applies a fill of `signedQuantity` at `price`: an increase moves the average price, a reduction
    /// realizes PnL against it, and a flip opens the remainder at the fill price.
    public Position Apply(int signedQuantity, decimal price)
    {
        if (signedQuantity == 0) return this;
        var after = Quantity + signedQuantity;
        if (Quantity == 0 || Math.Sign(Quantity) == Math.Sign(signedQuantity))
        {
            var average = (Math.Abs(Quantity) * AveragePrice + Math.Abs(signedQuantity) * price) / Math.Abs(after);
            return this with { Quantity = after, AveragePrice = average };
        }

        var closed = Math.Min(Math.Abs(Quantity), Math.Abs(signedQuantity));
        var realized = RealizedPnl + closed * (price - AveragePrice) * Math.Sign(Quantity);
        if (after == 0) return this with { Quantity = 0, AveragePrice = 0m, RealizedPnl = realized };
        return Math.Sign(after) == Math.Sign(Quantity)
            ? this with { Quantity = after, RealizedPnl = realized }
            : this with { Quantity = after, AveragePrice = price, RealizedPnl = realized };
    }
}
