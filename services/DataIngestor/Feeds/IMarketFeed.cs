namespace GameDay.DataIngestor.Feeds;

/// A market-data vendor. `Enabled` false simulates an outage (the feed delivers nothing);
/// `BadTickRate` is the share of quotes it corrupts.
public interface IMarketFeed
{
    string Name { get; }

    bool Enabled { get; set; }

    double BadTickRate { get; set; }

    /// The feed's batch for the market's current step, or null when it delivers nothing.
    FeedBatch? Read(long currentStep);
}
