namespace GameDay.Broker.Model;

/// What the venue admin API sets, in one immutable record so that a change is one journal entry.
/// `ReportGapRate`: the share of new executions whose report the execution-report feed loses (ReportGap).
public sealed record VenueSettings(
    int RequestsPerSecond,
    IReadOnlyList<string> AllowedSources,
    IReadOnlyDictionary<string, string> Modes,
    FaultSettings Faults,
    double ReportGapRate = 0)
{
    public static VenueSettings Defaults(BrokerOptions options) => new(
        options.RequestsPerSecond,
        [.. options.ResolvedAllowedSources],
        VenueNames.All.ToDictionary(v => v, _ => VenueModes.Normal),
        FaultSettings.Off);

    public string ModeOf(string venue) => Modes.GetValueOrDefault(venue, VenueModes.Normal);

    public VenueSettings WithMode(string venue, string mode) =>
        this with { Modes = new Dictionary<string, string>(Modes) { [venue] = mode } };
}
