namespace GameDay.Chaos.Kinds.Network;

public sealed class BandwidthKind : NetworkKind
{
    public override string Name => "network.bandwidth";
    public override string Description => "Throttle each direction of each connection through the target's proxy to `bytesPerSecond`.";
    public override IReadOnlyList<string> Required => ["bytesPerSecond"];

    protected override string? CheckParameters(FaultSpec spec) =>
        FaultParameters.Check(() => FaultParameters.InRange("bytesPerSecond", FaultParameters.Integer(spec, "bytesPerSecond", 0), 1, 1L << 40));

    public override IFault Create(FaultSpec spec, FaultContext context)
    {
        var rate = FaultParameters.Integer(spec, "bytesPerSecond", 0);
        return new ProxyFault(context, spec.Target!, s => s with { BandwidthBytesPerSecond = rate }, s => s with { BandwidthBytesPerSecond = null });
    }
}
