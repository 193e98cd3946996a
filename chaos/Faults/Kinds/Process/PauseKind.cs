namespace GameDay.Chaos.Kinds.Process;

public sealed class PauseKind : FaultKind
{
    public override string Name => "process.pause";
    public override string Layer => FaultLayers.Process;
    public override string Description => "SIGSTOP the resource (alive but stalled: a stuck consumer); revert resumes it.";
    public override IFault Create(FaultSpec spec, FaultContext context) => new CommandFault(context, spec.Target!, "pause");
}
