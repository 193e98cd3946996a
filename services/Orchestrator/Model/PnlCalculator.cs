namespace GameDay.Orchestrator.Model;

/// Realized PnL is what the execution engine booked; unrealized is marked to the latest tick.
/// A position without a mark yet (just after a restart) counts at its average price, i.e. zero.
public static class PnlCalculator
{
    public static PnlSnapshot Compute(IEnumerable<PositionRow> positions, IReadOnlyDictionary<string, decimal> marks)
    {
        decimal realized = 0m, unrealized = 0m;
        var open = 0;
        foreach (var position in positions)
        {
            realized += position.RealizedPnl;
            if (position.Quantity == 0) continue;
            open++;
            var mark = marks.TryGetValue(position.Symbol, out var price) ? price : position.AveragePrice;
            unrealized += position.Quantity * (mark - position.AveragePrice);
        }
        return new PnlSnapshot(realized, unrealized, open);
    }
}
