using System.Collections.Concurrent;

namespace GameDay.Messaging.Quotes;

/// The latest price per symbol from `market.ticks`. With two feeds publishing, a quote older than
/// the one held is ignored, so a lagging secondary feed cannot move a price backwards in time.
public sealed class LatestQuotes
{
    private readonly ConcurrentDictionary<string, LatestQuote> _quotes = new(StringComparer.Ordinal);

    public void Update(string symbol, decimal price, DateTimeOffset at)
    {
        if (price <= 0) return;
        var candidate = new LatestQuote(price, at);
        _quotes.AddOrUpdate(symbol, candidate, (_, held) => held.At > at ? held : candidate);
    }

    public IReadOnlyDictionary<string, LatestQuote> Snapshot() => new Dictionary<string, LatestQuote>(_quotes, StringComparer.Ordinal);
}

public sealed record LatestQuote(decimal Price, DateTimeOffset At);
