namespace GameDay.Chaos.Kinds.Network;

public sealed class BlackholeKind : NetworkKind
{
    public override string Name => "network.blackhole";
    public override string Description => "Swallow every byte through the target's proxy; connections hang until clients time out.";

    public override IFault Create(FaultSpec spec, FaultContext context) =>
        new ProxyFault(context, spec.Target!, s => s with { Blackhole = true }, s => s with { Blackhole = false });
}
