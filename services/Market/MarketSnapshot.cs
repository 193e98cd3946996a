namespace GameDay.Market;

/// Prices of every instrument at one step, and the index level computed from them.
public sealed record MarketSnapshot(long Step, DateTimeOffset Time, IReadOnlyDictionary<string, decimal> Prices, double IndexLevel);
