namespace GameDay.Chaos.Kinds.Venue;

public sealed class VenueErrorsKind : FaultKind
{
    public override string Name => "venue.errors";
    public override string Layer => FaultLayers.Venue;
    public override string Description => "The venue answers a share of trading calls with 5xx (`errorRate`) or times out (`timeoutRate`), with `latencyMs`.";
    public override bool NeedsTarget => false;
    public override IReadOnlyList<string> Optional => ["errorRate", "timeoutRate", "latencyMs"];

    private const double DefaultErrorRate = 0.5;

    public override string? Validate(FaultSpec spec, FaultContext context) => FaultParameters.Check(() =>
    {
        var errors = FaultParameters.Number(spec, "errorRate", DefaultErrorRate);
        var timeouts = FaultParameters.Number(spec, "timeoutRate", 0);
        FaultParameters.InRange("errorRate", errors, 0, 1);
        FaultParameters.InRange("timeoutRate", timeouts, 0, 1);
        FaultParameters.InRange("errorRate + timeoutRate", errors + timeouts, 0, 1);
        FaultParameters.InRange("latencyMs", FaultParameters.Integer(spec, "latencyMs", 0), 0, 60_000);
    });

    public override IFault Create(FaultSpec spec, FaultContext context) => new VenueFault(
        inject: ct => VenueAdmin.SendAsync(context, HttpMethod.Put, "/admin/faults", new
        {
            errorRate = FaultParameters.Number(spec, "errorRate", DefaultErrorRate),
            timeoutRate = FaultParameters.Number(spec, "timeoutRate", 0),
            latencyMs = FaultParameters.Integer(spec, "latencyMs", 0),
        }, ct),
        revert: ct => VenueAdmin.SendAsync(context, HttpMethod.Put, "/admin/faults", new { errorRate = 0, timeoutRate = 0, latencyMs = 0 }, ct));
}
