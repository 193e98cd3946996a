namespace GameDay.Chaos.Kinds.Venue;

/// `venue.halt`: the exchange halts the whole market for `minutes` (an index circuit breaker, drill-sized); the halt
/// ends on the venue's own clock, and trading resumes by itself. The revert lifts a halt that is still on.
public sealed class VenueHaltKind : FaultKind
{
    private const double DefaultMinutes = 1.5;

    public override string Name => "venue.halt";
    public override string Layer => FaultLayers.Venue;
    public override string Description =>
        "The venue halts the whole market for `minutes` (default 1.5), as an index circuit breaker does; every order is refused " +
        "until the halt ends by itself. The revert lifts a halt still on.";
    public override bool NeedsTarget => false;
    public override IReadOnlyList<string> Optional => ["minutes"];

    /// One market: two halts at once would end at the first revert.
    public override string ConflictKey(FaultSpec spec) => Name;

    public override string? Validate(FaultSpec spec, FaultContext context) =>
        FaultParameters.Check(() => FaultParameters.InRange("minutes", FaultParameters.Number(spec, "minutes", DefaultMinutes), 0.1, 60));

    public override IFault Create(FaultSpec spec, FaultContext context) => new VenueFault(
        inject: ct => VenueAdmin.SendAsync(context, HttpMethod.Put, "/admin/market/halt",
            new { minutes = FaultParameters.Number(spec, "minutes", DefaultMinutes) }, ct),
        revert: ct => VenueAdmin.SendAsync(context, HttpMethod.Delete, "/admin/market/halt", null, ct));
}
