namespace GameDay.Chaos.Tests.Fakes;

/// `app.scripted`: hands out the test's <see cref="ScriptedFault"/>.
internal sealed class ScriptedKind(ScriptedFault fault) : FaultKind
{
    public override string Name => "app.scripted";

    public override string Layer => FaultLayers.App;

    public override string Description => "A fault the test scripts.";

    public override bool NeedsTarget => false;

    public override IFault Create(FaultSpec spec, FaultContext context) => fault;
}
