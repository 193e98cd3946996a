namespace GameDay.Chaos.Kinds.App;

public sealed class AppErrorsKind : AppKind
{
    public override string Name => "app.errors";
    public override string Description =>
        "Fail a share `rate` of the target service's calls in `scope` (default http; db, redis, processing) with an injected exception.";
    public override IReadOnlyList<string> Required => ["rate"];
    public override IReadOnlyList<string> Optional => ["scope"];

    protected override string DefaultScope => "http";

    protected override void CheckParameters(FaultSpec spec)
    {
        if (Rate(spec, 0) == 0) throw new FormatException("'rate' must be above 0: a rate of 0 injects nothing.");
    }

    public override IFault Create(FaultSpec spec, FaultContext context) =>
        new AppChaosFault(context, spec, Scope(spec), latencyMs: 0, faultRate: Rate(spec, 0), injectionRate: 1);
}
