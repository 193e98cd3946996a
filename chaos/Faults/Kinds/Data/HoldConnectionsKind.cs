namespace GameDay.Chaos.Kinds.Data;

/// A leaking client: idle sessions on the trading database, either `count` of them or as many as bring the
/// database's sessions to `fill` (a share of max_connections, the measure PostgresConnectionsNearLimit uses).
/// `fill` is measured at inject, so a drill leaves the same headroom whatever the services hold at the time.
public sealed class HoldConnectionsKind : FaultKind
{
    private static readonly string[] Sizes = ["count", "fill"];

    public override string Name => "data.hold-connections";
    public override string Layer => FaultLayers.Data;
    public override string Description => "Hold `count` idle connections to the trading database, or enough to bring its sessions to `fill` × max_connections.";
    public override bool NeedsTarget => false;
    public override IReadOnlyList<string> Optional => Sizes;

    public override string? Validate(FaultSpec spec, FaultContext context) => FaultParameters.Check(() => Size(spec));

    public override IFault Create(FaultSpec spec, FaultContext context) => new HoldConnectionsFault(context, Size(spec));

    private static HoldConnectionsSize Size(FaultSpec spec)
    {
        var given = Sizes.Where(s => spec.Parameter(s) is not null).ToList();
        if (given.Count != 1) throw new FormatException($"give exactly one of 'count', 'fill'{(given.Count > 1 ? ", not count and fill" : "")}.");
        if (given[0] == "count")
        {
            var count = FaultParameters.Integer(spec, "count", 0);
            if (count is < 1 or > 500) throw new FormatException("'count' must be between 1 and 500.");
            return new HoldConnectionsSize((int)count, null);
        }

        var fill = FaultParameters.Number(spec, "fill", 0);
        FaultParameters.InRange("fill", fill, 0.5, 0.99);
        return new HoldConnectionsSize(null, fill);
    }
}

internal sealed record HoldConnectionsSize(int? Count, double? Fill);
