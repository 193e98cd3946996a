using Bogus;

namespace GameDay.DataIngestor.Feeds;

/// Corrupts quotes the way a faulty vendor does (catalog entry bad-ticks): a spike of ×10, a
/// negative price, or a timestamp from the past. Seeded, so a drill replays the same bad ticks.
public sealed class BadTickInjector(Randomizer random, TimeSpan stepInterval)
{
    private readonly Lock _gate = new();

    public FeedQuote MaybeCorrupt(FeedQuote quote, double rate)
    {
        if (rate <= 0) return quote;
        lock (_gate)
        {
            if (random.Double() >= rate) return quote;
            return random.Number(0, 2) switch
            {
                0 => quote with { Price = quote.Price * 10 },
                1 => quote with { Price = -quote.Price },
                _ => quote with { Timestamp = quote.Timestamp - stepInterval * random.Number(2, 20) },
            };
        }
    }
}
