namespace GameDay.DataIngestor.Model;

/// Aggregates accepted quotes into one-minute bars per symbol (bucketed by the quote's market
/// time) between two flushes. Thread-safe: the ingestion loop adds, the flusher drains.
public sealed class BarAggregator
{
    public static readonly TimeSpan BucketLength = TimeSpan.FromMinutes(1);

    private readonly Dictionary<(string Symbol, DateTimeOffset Bucket), Bar> _bars = [];
    private readonly Lock _gate = new();

    public static DateTimeOffset BucketOf(DateTimeOffset time) =>
        new(time.UtcTicks - time.UtcTicks % BucketLength.Ticks, TimeSpan.Zero);

    public void Add(string symbol, DateTimeOffset time, decimal price, long volume)
    {
        var key = (symbol, BucketOf(time));
        lock (_gate)
        {
            _bars[key] = _bars.TryGetValue(key, out var bar)
                ? bar.Add(price, volume)
                : new Bar(symbol, key.Item2, price, price, price, price, volume, 1);
        }
    }

    /// Takes everything accumulated since the last drain.
    public IReadOnlyList<Bar> Drain()
    {
        lock (_gate)
        {
            var bars = _bars.Values.ToList();
            _bars.Clear();
            return bars;
        }
    }

    /// Puts back bars whose flush failed, ahead of what arrived since.
    public void Restore(IEnumerable<Bar> bars)
    {
        lock (_gate)
        {
            foreach (var bar in bars)
            {
                var key = (bar.Symbol, bar.BucketStart);
                _bars[key] = _bars.TryGetValue(key, out var later) ? bar.Then(later) : bar;
            }
        }
    }
}
