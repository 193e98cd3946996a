namespace GameDay.Chaos.Kinds.Venue;

/// `venue.lost-acks`: the venue places the next orders but their answers are lost (`count` answers to order placements,
/// new or repeated, end in a gateway timeout after the venue acted). Each such order's outcome is unknown to the engine
/// until it asks the venue by client order id: the branch where sending it again under a new id would trade twice.
public sealed class VenueLostAcksKind : FaultKind
{
    private const long DefaultCount = 3;

    public override string Name => "venue.lost-acks";
    public override string Layer => FaultLayers.Venue;
    public override string Description =>
        "The venue acts on the next order placements but loses `count` (default 3) of their answers (a 504 after the venue's " +
        "timeout hold, by which time the engine's own 2 s timeout has given up): orders of unknown outcome. The revert stops losing answers.";
    public override bool NeedsTarget => false;
    public override IReadOnlyList<string> Optional => ["count"];

    /// One order gateway: two at once would end at the first revert.
    public override string ConflictKey(FaultSpec spec) => Name;

    public override string? Validate(FaultSpec spec, FaultContext context) =>
        FaultParameters.Check(() => FaultParameters.InRange("count", FaultParameters.Integer(spec, "count", DefaultCount), 1, 1000));

    public override IFault Create(FaultSpec spec, FaultContext context) => new VenueFault(
        inject: ct => VenueAdmin.SendAsync(context, HttpMethod.Put, "/admin/lost-acks",
            new { count = FaultParameters.Integer(spec, "count", DefaultCount) }, ct),
        revert: ct => VenueAdmin.SendAsync(context, HttpMethod.Put, "/admin/lost-acks", new { count = 0 }, ct));
}
