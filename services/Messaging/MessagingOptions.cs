namespace GameDay.Messaging;

public sealed class MessagingOptions
{
    /// Consumer group and consumer name: one stable name per service (docs/architecture.md, "Streams and the no-loss pattern").
    public required string ServiceName { get; init; }

    /// Entries delivered this many times without an ack go to `<stream>.dlq`.
    public int MaxDeliveries { get; init; } = 5;

    /// An entry pending this long is reclaimed by the janitor and delivered again.
    public TimeSpan ClaimIdle { get; init; } = TimeSpan.FromSeconds(2);

    public TimeSpan JanitorInterval { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(50);

    /// Approximate length caps per stream (XADD MAXLEN ~); streams not listed are not trimmed.
    public IReadOnlyDictionary<string, int> MaxLengths { get; init; } = new Dictionary<string, int>();

    public int? MaxLengthOf(string stream) => MaxLengths.TryGetValue(stream, out var max) ? max : null;
}
