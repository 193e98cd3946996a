using GameDay.DataIngestor.Model;

namespace GameDay.DataIngestor.Feeds;

/// A vendor reading the shared market tape, `lag` steps behind the market (the secondary is a
/// slower vendor than the primary).
public sealed class SimulatedFeed(string name, int lag, MarketTape tape, BadTickInjector badTicks) : IMarketFeed
{
    private volatile bool _enabled = true;
    private double _badTickRate;

    public string Name => name;

    public bool Enabled
    {
        get => _enabled;
        set => _enabled = value;
    }

    public double BadTickRate
    {
        get => Volatile.Read(ref _badTickRate);
        set => Volatile.Write(ref _badTickRate, value);
    }

    public FeedBatch? Read(long currentStep)
    {
        if (!_enabled || currentStep - lag < 0) return null;
        var step = tape.At(currentStep - lag);
        if (step is null) return null;
        var time = step.Snapshot.Time;
        var rate = BadTickRate;
        var quotes = step.Snapshot.Prices
            .Select(p => badTicks.MaybeCorrupt(new FeedQuote(p.Key, p.Value, step.Volumes[p.Key], time), rate))
            .ToList();
        return new FeedBatch(name, step.Snapshot.Step, time, quotes);
    }
}
