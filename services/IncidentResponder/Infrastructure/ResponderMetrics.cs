using System.Diagnostics.Metrics;
using GameDay.IncidentResponder.Model;

namespace GameDay.IncidentResponder.Infrastructure;

/// The responder's metrics; `incidents_open` reads the counts the lifecycle loop refreshes.
public sealed class ResponderMetrics
{
    public const string MeterName = "GameDay.IncidentResponder";

    private readonly Counter<long> _opened;
    private readonly Histogram<double> _detection;
    private readonly Histogram<double> _recovery;
    private volatile IReadOnlyDictionary<Severity, int> _open = new Dictionary<Severity, int>();

    public ResponderMetrics(IMeterFactory meterFactory, WatchdogMonitor watchdog, TimeProvider time)
    {
        var meter = meterFactory.Create(MeterName);
        _opened = meter.CreateCounter<long>("incidents", description: "Incidents opened, by severity at opening");
        _detection = meter.CreateHistogram<double>("incident_detection_seconds", "s",
            "MTTD of resolved incidents: detected minus fault injected (or first signal when no injection is known)");
        _recovery = meter.CreateHistogram<double>("incident_recovery_seconds", "s",
            "MTTR of resolved incidents: recovered minus fault injected (or first signal when no injection is known)");
        meter.CreateObservableGauge("incidents_open", OpenMeasurements, description: "Incidents not yet resolved, by severity");
        meter.CreateObservableGauge("responder_watchdog_age_seconds", () => WatchdogAge(watchdog, time),
            description: "Seconds since the Watchdog alert last arrived (absent until it first does)");
    }

    public void Opened(Severity severity) => _opened.Add(1, new KeyValuePair<string, object?>("severity", severity.ToString()));

    public void Resolved(IncidentMeasures measures)
    {
        var basis = new KeyValuePair<string, object?>("basis", measures.Basis);
        if (measures.MttdSeconds is { } mttd) _detection.Record(mttd, basis);
        if (measures.MttrSeconds is { } mttr) _recovery.Record(mttr, basis);
    }

    public void SetOpen(IReadOnlyDictionary<Severity, int> counts) => _open = counts;

    // Every severity is reported (0 when none) so a series drops to 0 instead of going stale.
    private IEnumerable<Measurement<int>> OpenMeasurements()
    {
        var open = _open;
        return Enum.GetValues<Severity>().Select(s =>
            new Measurement<int>(open.TryGetValue(s, out var n) ? n : 0, new KeyValuePair<string, object?>("severity", s.ToString())));
    }

    private static IEnumerable<Measurement<double>> WatchdogAge(WatchdogMonitor watchdog, TimeProvider time) =>
        watchdog.LastSeenAt is { } seen ? [new Measurement<double>((time.GetUtcNow() - seen).TotalSeconds)] : [];
}
