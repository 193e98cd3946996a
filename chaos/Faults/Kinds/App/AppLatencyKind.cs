namespace GameDay.Chaos.Kinds.App;

public sealed class AppLatencyKind : AppKind
{
    public override string Name => "app.latency";
    public override string Description =>
        "Delay the target service's work in `scope` (default processing; http, db, redis) by `latency` on a share `rate` (default 1) of calls.";
    public override IReadOnlyList<string> Required => ["latency"];
    public override IReadOnlyList<string> Optional => ["scope", "rate"];

    protected override string DefaultScope => "processing";

    protected override void CheckParameters(FaultSpec spec)
    {
        if (Latency(spec) is var latency && (latency <= TimeSpan.Zero || latency > TimeSpan.FromMinutes(5)))
            throw new FormatException("'latency' must be above 0 and at most 5m.");
        Rate(spec, 1);
    }

    public override IFault Create(FaultSpec spec, FaultContext context) =>
        new AppChaosFault(context, spec, Scope(spec), Latency(spec).TotalMilliseconds, faultRate: 0, injectionRate: Rate(spec, 1));

    private static TimeSpan Latency(FaultSpec spec) => FaultParameters.Duration(spec, "latency", TimeSpan.Zero);
}
