using System.Collections.Concurrent;

namespace GameDay.Orchestrator.Streams;

/// Latest price per symbol from `market.ticks`. With two feeds publishing, a quote older than the
/// one held is ignored, so a lagging secondary feed cannot move marks backwards in time.
public sealed class MarkBook
{
    private readonly ConcurrentDictionary<string, (decimal Price, DateTimeOffset At)> _marks = new(StringComparer.Ordinal);

    public void Update(string symbol, decimal price, DateTimeOffset at) =>
        _marks.AddOrUpdate(symbol, (price, at), (_, held) => at >= held.At ? (price, at) : held);

    public IReadOnlyDictionary<string, decimal> Snapshot() =>
        _marks.ToDictionary(kv => kv.Key, kv => kv.Value.Price, StringComparer.Ordinal);
}
