namespace GameDay.ExecutionEngine.Infrastructure;

/// Which venue trades the database is missing: in the venue's trade history, at or below the highest sequence recorded
/// here for that venue (above it they are the fill poller's still), and not recorded. Reconciliation reports them from
/// this definition. `POST /admin/trades/record-missing` records every history trade not recorded (<see cref="Unrecorded"/>):
/// a report lost after the last one the poller saw is above that sequence until a later trade is reported — with trading
/// halted, perhaps never — and recording a trade the poller is about to record is harmless (trades are unique per venue
/// and trade id, and only the insert moves the position).
public static class MissingTrades
{
    /// `history` with each trade's Venue set; `recorded` holds <see cref="Key"/>s.
    public static IEnumerable<VenueTrade> Among(
        IEnumerable<VenueTrade> history, IReadOnlyDictionary<string, long> reached, IReadOnlySet<string> recorded) =>
        history.Where(t => t.Sequence <= reached.GetValueOrDefault(t.Venue) && !recorded.Contains(Key(t)));

    /// Every trade of `history` (each with its Venue set) that is not recorded: the recovery's definition.
    public static IEnumerable<VenueTrade> Unrecorded(IEnumerable<VenueTrade> history, IReadOnlySet<string> recorded) =>
        history.Where(t => !recorded.Contains(Key(t)));

    public static string Key(VenueTrade trade) => trade.Venue + ":" + trade.TradeId;

    /// The same key in SQL, over `trades`.
    public const string KeySql = "venue || ':' || trade_id";
}
