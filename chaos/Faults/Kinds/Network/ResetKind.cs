namespace GameDay.Chaos.Kinds.Network;

public sealed class ResetKind : NetworkKind
{
    public override string Name => "network.reset";
    public override string Description => "Reset every live connection through the target's proxy and every new one (RST).";

    public override IFault Create(FaultSpec spec, FaultContext context) =>
        new ProxyFault(context, spec.Target!, s => s with { Reset = true }, s => s with { Reset = false });
}
