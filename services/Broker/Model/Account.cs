using GameDay.Contracts;

namespace GameDay.Broker.Model;

/// The one trading account behind both venues: cash (starting cash plus realized PnL, or what an
/// admin set), net positions, and intraday margin on the worst-case exposure per symbol.
public sealed class Account(decimal cash, decimal marginRate)
{
    private readonly Dictionary<string, Position> _positions = new(StringComparer.Ordinal);

    public decimal Cash { get; set; } = cash;

    public decimal MarginRate { get; } = marginRate;

    public IEnumerable<Position> Positions => _positions.Values;

    public void ApplyFill(Trade trade)
    {
        if (!_positions.TryGetValue(trade.Symbol, out var position))
        {
            _positions[trade.Symbol] = position = new Position(trade.Symbol);
        }
        Cash += position.Apply(Side.Sign(trade.Side) * trade.Quantity, trade.Price);
    }

    public long QuantityOf(string symbol) => _positions.TryGetValue(symbol, out var p) ? p.Quantity : 0;

    /// Per symbol, the larger of the exposures if every open BUY or every open SELL filled, valued
    /// at the mark: an order that only reduces a position therefore needs no extra margin.
    public decimal MarginUsed(IEnumerable<Order> openOrders, Func<string, decimal> mark)
    {
        var pending = openOrders.GroupBy(o => o.Symbol).ToDictionary(
            g => g.Key,
            g => (Buy: g.Where(o => o.Side == Side.Buy).Sum(o => o.Remaining), Sell: g.Where(o => o.Side == Side.Sell).Sum(o => o.Remaining)));
        var symbols = _positions.Keys.Union(pending.Keys);
        return symbols.Sum(symbol =>
        {
            var held = QuantityOf(symbol);
            var (buy, sell) = pending.GetValueOrDefault(symbol);
            var worst = Math.Max(Math.Abs(held + buy), Math.Abs(held - sell));
            return worst * mark(symbol) * MarginRate;
        });
    }

    public decimal Unrealized(Func<string, decimal> mark) =>
        _positions.Values.Where(p => p.Quantity != 0).Sum(p => p.Quantity * (mark(p.Symbol) - p.AveragePrice));

    public AccountView View(IEnumerable<Order> openOrders, Func<string, decimal> mark)
    {
        var used = MarginUsed(openOrders, mark);
        var equity = Cash + Unrealized(mark);
        return new AccountView(Math.Round(Cash, 2), Math.Round(used, 2), Math.Round(equity - used, 2), Math.Round(equity, 2));
    }

    public IReadOnlyList<PositionView> View() =>
        [.. _positions.Values.Where(p => p.Quantity != 0 || p.RealizedPnl != 0).OrderBy(p => p.Symbol, StringComparer.Ordinal)
            .Select(p => new PositionView(p.Symbol, p.Quantity, p.AveragePrice, Math.Round(p.RealizedPnl, 2)))];
}
