namespace GameDay.Chaos.Kinds.Venue;

/// `venue.report-gap`: the venue's execution-report feed loses `share` of the new executions (a drop-copy gap); the
/// venue's trade history still has them. A client that follows the feed by sequence moves past the lost ones, so
/// they stay missing after the revert (which only ends the loss) until someone records them from the history.
public sealed class VenueReportGapKind : FaultKind
{
    private const double DefaultShare = 0.5;

    public override string Name => "venue.report-gap";
    public override string Layer => FaultLayers.Venue;
    public override string Description =>
        "The venue's execution-report feed loses `share` (default 0.5) of new executions; its trade history keeps them. " +
        "The revert ends the loss; the reports already lost stay lost.";
    public override bool NeedsTarget => false;
    public override IReadOnlyList<string> Optional => ["share"];

    /// One feed: two gaps at once would end at the first revert.
    public override string ConflictKey(FaultSpec spec) => Name;

    public override string? Validate(FaultSpec spec, FaultContext context) =>
        FaultParameters.Check(() => FaultParameters.InRange("share", FaultParameters.Number(spec, "share", DefaultShare), 0.01, 1));

    public override IFault Create(FaultSpec spec, FaultContext context) => new VenueFault(
        inject: ct => VenueAdmin.SendAsync(context, HttpMethod.Put, "/admin/report-gap",
            new { rate = FaultParameters.Number(spec, "share", DefaultShare) }, ct),
        revert: ct => VenueAdmin.SendAsync(context, HttpMethod.Put, "/admin/report-gap", new { rate = 0 }, ct));
}
