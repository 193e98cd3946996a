namespace GameDay.Chaos.Kinds.Config;

public sealed class ConfigKind : FaultKind
{
    public override string Name => "config.env";
    public override string Layer => FaultLayers.Config;
    public override string Description => "Restart the target with environment variable `key` set to `value` (removed when no value).";
    public override IReadOnlyList<string> Required => ["key"];
    public override IReadOnlyList<string> Optional => ["value"];

    public override IFault Create(FaultSpec spec, FaultContext context) =>
        new ConfigOverrideFault(context, spec.Target!, spec.Parameter("key")!, spec.Parameter("value"));
}
