namespace GameDay.Chaos.Kinds.Config;

public sealed class CrashLoopKind : FaultKind
{
    public override string Name => "config.crash-loop";
    public override string Layer => FaultLayers.Config;
    public override string Description =>
        "Restart the target with a broken setting (`key`=`value`) and start it again every `backoff` (default 3s) while it exits.";
    public override IReadOnlyList<string> Required => ["key"];
    public override IReadOnlyList<string> Optional => ["value", "backoff"];

    public override string? Validate(FaultSpec spec, FaultContext context) =>
        FaultParameters.Check(() =>
            FaultParameters.InRange("backoff", FaultParameters.Duration(spec, "backoff", TimeSpan.FromSeconds(3)).TotalMilliseconds, 100, 60_000));

    public override IFault Create(FaultSpec spec, FaultContext context) => new CrashLoopFault(
        context, spec.Target!, spec.Parameter("key")!, spec.Parameter("value"), FaultParameters.Duration(spec, "backoff", TimeSpan.FromSeconds(3)));
}
