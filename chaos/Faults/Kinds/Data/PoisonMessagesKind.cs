using GameDay.Contracts;

namespace GameDay.Chaos.Kinds.Data;

public sealed class PoisonMessagesKind : FaultKind
{
    private static readonly Dictionary<string, string> TypeOf = new(StringComparer.Ordinal)
    {
        [StreamNames.MarketTicks] = "TicksReceived",
        [StreamNames.Signals] = "SignalGenerated",
        [StreamNames.OrdersApproved] = "OrderApproved",
        [StreamNames.Executions] = "ExecutionReported",
    };

    public override string Name => "data.poison-messages";
    public override string Layer => FaultLayers.Data;
    public override string Description => "Append `count` (default 5) undecodable entries to `stream`; its consumer dead-letters them.";
    public override bool NeedsTarget => false;
    public override IReadOnlyList<string> Required => ["stream"];
    public override IReadOnlyList<string> Optional => ["count"];

    public override string? Validate(FaultSpec spec, FaultContext context) =>
        !TypeOf.ContainsKey(spec.Parameter("stream")!) ? $"'stream' must be one of {string.Join(", ", TypeOf.Keys)}."
        : FaultParameters.Check(() => FaultParameters.Integer(spec, "count", 5));

    public override IFault Create(FaultSpec spec, FaultContext context)
    {
        var stream = spec.Parameter("stream")!;
        var tag = context.RandomFor(spec.RunId + stream).Next().ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
        return new PoisonMessagesFault(context, stream, TypeOf[stream], (int)FaultParameters.Integer(spec, "count", 5), tag);
    }
}
