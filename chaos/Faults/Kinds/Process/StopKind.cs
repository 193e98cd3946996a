namespace GameDay.Chaos.Kinds.Process;

public sealed class StopKind : FaultKind
{
    public override string Name => "process.stop";
    public override string Layer => FaultLayers.Process;
    public override string Description => "Stop the resource gracefully (an outage); revert starts it if it is still down.";
    public override IFault Create(FaultSpec spec, FaultContext context) => new CommandFault(context, spec.Target!, "stop");
}
