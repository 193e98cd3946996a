namespace GameDay.Chaos.Kinds.Network;

public sealed class ConnectionCapKind : NetworkKind
{
    public override string Name => "network.connection-cap";
    public override string Description => "Allow at most `max` concurrent connections through the target's proxy; more are reset.";
    public override IReadOnlyList<string> Required => ["max"];

    protected override string? CheckParameters(FaultSpec spec) =>
        FaultParameters.Check(() => FaultParameters.InRange("max", FaultParameters.Integer(spec, "max", 0), 0, 100_000));

    public override IFault Create(FaultSpec spec, FaultContext context)
    {
        var max = (int)FaultParameters.Integer(spec, "max", 0);
        return new ProxyFault(context, spec.Target!, s => s with { ConnectionCap = max }, s => s with { ConnectionCap = null });
    }
}
