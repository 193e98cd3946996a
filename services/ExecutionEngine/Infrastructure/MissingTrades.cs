namespace GameDay.ExecutionEngine.Infrastructure;

/// Which venue trades the database is missing: in the venue's trade history, at or below the highest sequence recorded
/// here for that venue (above it they are the fill poller's still), and not recorded. Reconciliation reports them and
/// `POST /admin/trades/record-missing` records them, from this one definition.
public static class MissingTrades
{
    /// `history` with each trade's Venue set; `recorded` holds <see cref="Key"/>s.
    public static IEnumerable<VenueTrade> Among(
        IEnumerable<VenueTrade> history, IReadOnlyDictionary<string, long> reached, IReadOnlySet<string> recorded) =>
        history.Where(t => t.Sequence <= reached.GetValueOrDefault(t.Venue) && !recorded.Contains(Key(t)));

    public static string Key(VenueTrade trade) => trade.Venue + ":" + trade.TradeId;

    /// The same key in SQL, over `trades`.
    public const string KeySql = "venue || ':' || trade_id";
}
