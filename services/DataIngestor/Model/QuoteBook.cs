using System.Collections.Concurrent;

namespace GameDay.DataIngestor.Model;

/// The latest accepted quote per symbol, for `/quotes/latest` and the staleness gauge. Every
/// symbol starts "received" at service start, so a feed that never delivers shows as stale.
public sealed class QuoteBook
{
    private readonly ConcurrentDictionary<string, LatestQuote> _latest = new();
    private readonly DateTimeOffset _startedAt;

    public QuoteBook(IEnumerable<string> symbols, TimeProvider time)
    {
        _startedAt = time.GetUtcNow();
        Symbols = [.. symbols];
    }

    public IReadOnlyList<string> Symbols { get; }

    public void Accept(string symbol, decimal price, DateTimeOffset marketTime, string feed, DateTimeOffset receivedAt) =>
        _latest[symbol] = new LatestQuote(symbol, price, marketTime, feed, receivedAt);

    public IReadOnlyList<LatestQuote> Latest() =>
        [.. Symbols.Where(_latest.ContainsKey).Select(s => _latest[s])];

    public DateTimeOffset LastReceivedAt(string symbol) =>
        _latest.TryGetValue(symbol, out var quote) ? quote.ReceivedAt : _startedAt;
}

public sealed record LatestQuote(string Symbol, decimal Price, DateTimeOffset Timestamp, string Feed, DateTimeOffset ReceivedAt);
