namespace GameDay.Chaos.Kinds.Network;

public sealed class LatencyKind : NetworkKind
{
    public override string Name => "network.latency";
    public override string Description => "Delay every response chunk through the target's proxy by `latency` ± `jitter`.";
    public override IReadOnlyList<string> Required => ["latency"];
    public override IReadOnlyList<string> Optional => ["jitter"];

    protected override string? CheckParameters(FaultSpec spec) => FaultParameters.Check(() =>
    {
        var latency = FaultParameters.Duration(spec, "latency", TimeSpan.Zero);
        var jitter = FaultParameters.Duration(spec, "jitter", TimeSpan.Zero);
        FaultParameters.InRange("latency", (latency + jitter).TotalMinutes, 0, 60);
    });

    public override IFault Create(FaultSpec spec, FaultContext context)
    {
        var latency = FaultParameters.Duration(spec, "latency", TimeSpan.Zero);
        var jitter = FaultParameters.Duration(spec, "jitter", TimeSpan.Zero);
        var seed = context.RandomFor(spec.Kind + spec.Target).Next();
        return new ProxyFault(context, spec.Target!,
            s => s with { Latency = latency, Jitter = jitter, JitterSeed = seed },
            s => s with { Latency = TimeSpan.Zero, Jitter = TimeSpan.Zero });
    }
}
