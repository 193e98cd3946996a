namespace GameDay.RiskManager.Model;

/// Everything a decision depends on, read before the checks run so the checks do no I/O.
/// `Status` null: the trading state is unknown. `Positions` null: they could not be read.
public sealed record RiskSnapshot(
    TradingStatus? Status,
    IReadOnlyDictionary<string, PositionHolding>? Positions,
    IReadOnlyDictionary<string, ReferencePrice> References,
    IReadOnlyList<DateTimeOffset> RecentApprovals,
    bool AlreadyDecided,
    DateTimeOffset Now)
{
    /// Marks a position to the reference price, or to its average price when there is none.
    public decimal MarkPrice(string symbol, decimal fallback) =>
        References.TryGetValue(symbol, out var reference) ? reference.Price : fallback;

    public decimal GrossExposure() =>
        Positions?.Values.Sum(p => Math.Abs(p.Quantity) * MarkPrice(p.Symbol, p.AveragePrice)) ?? 0m;

    public int QuantityOf(string symbol) =>
        Positions is not null && Positions.TryGetValue(symbol, out var p) ? p.Quantity : 0;
}
