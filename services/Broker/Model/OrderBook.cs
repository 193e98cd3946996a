namespace GameDay.Broker.Model;

/// One venue's orders (keyed by client order id, the idempotency key) in arrival order, and its
/// trades in sequence order. Matching walks the open orders first come, first served.
public sealed class OrderBook
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<Order> _orders = [];
    private readonly List<string> _open = [];
    private readonly List<Trade> _trades = [];
    private readonly HashSet<long> _unreported = [];

    public int OrderCount => _orders.Count;

    public long LastSequence => _trades.Count == 0 ? 0 : _trades[^1].Sequence;

    public IReadOnlyList<Order> Orders => _orders;

    public IEnumerable<Order> Open => _open.Select(id => _orders[_index[id]]);

    public IReadOnlyList<Trade> Trades => _trades;

    public Order? Find(string clientOrderId) =>
        _index.TryGetValue(clientOrderId, out var i) ? _orders[i] : null;

    public void Add(Order order)
    {
        _index[order.ClientOrderId] = _orders.Count;
        _orders.Add(order);
        if (order.IsOpen) _open.Add(order.ClientOrderId);
    }

    public void Replace(Order order)
    {
        _orders[_index[order.ClientOrderId]] = order;
        if (!order.IsOpen) _open.Remove(order.ClientOrderId);
    }

    public void AddTrade(Trade trade) => _trades.Add(trade);

    /// A trade the execution-report feed lost: it stays in the trade history.
    public void LoseReport(long sequence) => _unreported.Add(sequence);

    /// The execution-report feed after a sequence: every trade but those whose report was lost.
    public IEnumerable<Trade> ReportsAfter(long sequence) => TradesAfter(sequence).Where(t => !_unreported.Contains(t.Sequence));

    public IEnumerable<Trade> TradesAfter(long sequence)
    {
        // Sequences are dense from 1, so the first trade after N sits at index N.
        var start = (int)Math.Clamp(sequence, 0, _trades.Count);
        for (var i = start; i < _trades.Count; i++) yield return _trades[i];
    }
}
