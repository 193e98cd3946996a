namespace GameDay.DataIngestor.Feeds;

/// Chooses the feed to publish from: when the active feed has delivered nothing for
/// `silenceLimit`, it switches to another feed that is still delivering. It never switches back
/// by itself while the active feed works, so a flapping primary does not cause flapping.
public sealed class FeedSelector
{
    private readonly Dictionary<string, DateTimeOffset?> _lastTick;
    private readonly TimeSpan _silenceLimit;
    private readonly TimeProvider _time;
    private readonly DateTimeOffset _startedAt;
    private readonly Lock _gate = new();

    public FeedSelector(IReadOnlyList<string> feeds, TimeSpan silenceLimit, TimeProvider time)
    {
        _lastTick = feeds.ToDictionary(f => f, _ => (DateTimeOffset?)null);
        _silenceLimit = silenceLimit;
        _time = time;
        _startedAt = time.GetUtcNow();
        Active = feeds[0];
    }

    public string Active { get; private set; }

    public int Failovers { get; private set; }

    public DateTimeOffset? LastTickAt(string feed)
    {
        lock (_gate) return _lastTick[feed];
    }

    public void Observe(string feed)
    {
        lock (_gate) _lastTick[feed] = _time.GetUtcNow();
    }

    /// Returns the feed failed over from, or null when the active feed is kept.
    public string? Evaluate()
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (!IsSilent(Active, now)) return null;
            var candidate = _lastTick.Keys.FirstOrDefault(f => f != Active && !IsSilent(f, now));
            if (candidate is null) return null;
            var previous = Active;
            Active = candidate;
            Failovers++;
            return previous;
        }
    }

    private bool IsSilent(string feed, DateTimeOffset now) => now - (_lastTick[feed] ?? _startedAt) >= _silenceLimit;
}
