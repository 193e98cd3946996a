namespace GameDay.Contracts.Messages;

/// One snapshot of the market from a feed: a quote per symbol, published to `market.ticks`.
public sealed record TicksReceived(long Sequence, string Feed, DateTimeOffset Timestamp, IReadOnlyList<Quote> Quotes);

public sealed record Quote(string Symbol, decimal Price, long Volume);
