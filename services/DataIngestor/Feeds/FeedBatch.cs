namespace GameDay.DataIngestor.Feeds;

/// What one feed delivered for one market step. Quotes carry their own timestamp because a
/// faulty vendor can send them out of order.
public sealed record FeedBatch(string Feed, long Step, DateTimeOffset Timestamp, IReadOnlyList<FeedQuote> Quotes);

public sealed record FeedQuote(string Symbol, decimal Price, long Volume, DateTimeOffset Timestamp);
