namespace GameDay.Chaos.Kinds.Process;

public sealed class KillKind : FaultKind
{
    public override string Name => "process.kill";
    public override string Layer => FaultLayers.Process;
    public override string Description => "SIGKILL the resource's process (a crash); revert starts it if it is still down.";
    public override IFault Create(FaultSpec spec, FaultContext context) => new CommandFault(context, spec.Target!, "kill");
}
