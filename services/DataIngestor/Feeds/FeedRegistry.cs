namespace GameDay.DataIngestor.Feeds;

/// The configured feeds, in order of preference (the first is active at start).
public sealed class FeedRegistry(IReadOnlyList<IMarketFeed> feeds)
{
    public IReadOnlyList<IMarketFeed> All => feeds;

    public IReadOnlyList<string> Names => [.. feeds.Select(f => f.Name)];

    public IMarketFeed? Find(string name) =>
        feeds.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
