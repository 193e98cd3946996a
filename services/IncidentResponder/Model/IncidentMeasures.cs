namespace GameDay.IncidentResponder.Model;

/// MTTD, MTTA and MTTR as docs/architecture.md, "The incident responder" defines them. Without a known injection time the clock
/// starts at the first signal instead, and `Basis` says so.
public sealed record IncidentMeasures(double? MttdSeconds, double? MttaSeconds, double? MttrSeconds, string Basis)
{
    public const string FromInjection = "fault_injected";
    public const string FromFirstSignal = "first_signal";

    public static IncidentMeasures From(IncidentTimestamps times)
    {
        var (origin, basis) = times.FaultInjectedAt is { } injected ? (injected, FromInjection) : (times.FirstSignalAt, FromFirstSignal);
        return new IncidentMeasures(
            Seconds(times.DetectedAt - origin),
            times.AcknowledgedAt is { } acknowledged ? Seconds(acknowledged - times.DetectedAt) : null,
            times.RecoveredAt is { } recovered ? Seconds(recovered - origin) : null,
            basis);
    }

    private static double Seconds(TimeSpan span) => Math.Round(span.TotalSeconds, 3);
}
