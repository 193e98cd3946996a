using GameDay.Contracts;

namespace GameDay.Chaos.Kinds.Data;

/// `data.stuck-entry`: an entry the target's consumer cannot finish, as a handler that never returns (a call without a
/// timeout, a lock never released) holds one. Its consumer takes no other entry of the stream while the entry is pending
/// for it, and a restart changes nothing: the consumer reads its own pending entries first. Dead-lettering or
/// acknowledging the entry frees it; so does the end of the lease written into the entry, whoever is gone by then.
public sealed class StuckEntryKind : FaultKind
{
    /// Streams whose consumers take a copy of an entry as a repeat: a tick batch already seen, a signal already decided.
    private static readonly string[] Streams = [StreamNames.MarketTicks, StreamNames.Signals];

    public override string Name => "data.stuck-entry";
    public override string Layer => FaultLayers.Data;
    public override string Description =>
        "Append to `stream` (market.ticks or signals) a copy of its latest entry that the target's consumer group cannot finish " +
        "until the lease ends: the group stalls behind it, restarts included. Revert acknowledges and deletes it.";
    public override IReadOnlyList<string> Required => ["stream"];

    public override string? Validate(FaultSpec spec, FaultContext context) =>
        Streams.Contains(spec.Parameter("stream")) ? null : $"'stream' must be one of {string.Join(", ", Streams)}.";

    public override IFault Create(FaultSpec spec, FaultContext context)
    {
        var tag = context.RandomFor(spec.RunId + spec.Target + "stuck").Next().ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
        return new StuckEntryFault(context, spec.Parameter("stream")!, spec.Target!, spec.Duration, tag);
    }
}
