using System.Diagnostics.Metrics;
using GameDay.SignalGenerator.Calibration;
using GameDay.SignalGenerator.Model;

namespace GameDay.SignalGenerator.Infrastructure;

/// Meter `GameDay.SignalGenerator`: `tick_to_decision_seconds` (the signal-latency alert: every tick batch,
/// so a quiet market without crossovers still shows a slow generator), `tick_to_signal_seconds`,
/// `calibration_age_seconds` (the stale-calibration alert), signals and calibration attempts, the strategies evaluated
/// on every quote (`strategies_active` by mode, live or shadow) and the decision audit's size in memory.
/// No units on purpose: the Prometheus exporter would append them to names that already say seconds.
public sealed class SignalMetrics
{
    public const string MeterName = "GameDay.SignalGenerator";

    private static readonly double[] LatencyBuckets = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30];

    private readonly Histogram<double> _tickToSignal;
    private readonly Histogram<double> _tickToDecision;
    private readonly Counter<long> _signals;
    private readonly Counter<long> _calibrations;

    private readonly Counter<long> _shadowSignals;
    private readonly Counter<long> _backlogDecisions;
    private readonly DateTimeOffset _startedAt;

    public SignalMetrics(IMeterFactory meters, ParametersInUse parameters, ShadowBook shadow, DecisionAudit audit, TimeProvider time)
    {
        _startedAt = time.GetUtcNow();
        var meter = meters.Create(MeterName);
        _tickToSignal = meter.CreateHistogram("tick_to_signal_seconds", unit: null,
            description: "Time from a tick's market timestamp to the signal it produced",
            tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBuckets });
        _tickToDecision = meter.CreateHistogram("tick_to_decision_seconds", unit: null,
            description: "Time from a tick batch's market timestamp until the engine has decided on it and written its signals",
            tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBuckets });
        _backlogDecisions = meter.CreateCounter<long>("tick_backlog_decisions",
            description: "Tick batches decided that were stamped before this process started: its downtime's backlog, left out of tick_to_decision_seconds");
        _signals = meter.CreateCounter<long>("signals_generated", description: "Signals generated, by side");
        _calibrations = meter.CreateCounter<long>("calibrations", description: "Calibration attempts, by status");
        meter.CreateObservableGauge("calibration_age_seconds", () => parameters.AgeSeconds,
            description: "Age of the signal parameters in use");
        _shadowSignals = meter.CreateCounter<long>("shadow_signals", description: "Signals the shadow strategies would have sent");
        meter.CreateObservableGauge("strategies_active", () => new[]
        {
            new Measurement<int>(1, new KeyValuePair<string, object?>("mode", "live")),
            new Measurement<int>(shadow.Count, new KeyValuePair<string, object?>("mode", "shadow")),
        }, description: "Strategies evaluated on every quote: the live one and those in shadow");
        meter.CreateObservableGauge("decision_audit_entries", () => audit.Count, description: "Decisions held in memory by the decision audit");
    }

    public void Generated(string side, TimeSpan tickToSignal)
    {
        _signals.Add(1, new KeyValuePair<string, object?>("side", side));
        _tickToSignal.Record(Math.Max(0, tickToSignal.TotalSeconds));
    }

    /// A batch stamped before this process started waited through the downtime of a restart or a crash, not behind a slow
    /// generator: the outage has its own alerts (ServiceDown, StreamConsumerLag), so its age would only page
    /// SignalLatencyHigh for a minute after every deployment while the backlog drains.
    public void Decided(DateTimeOffset tickTime, DateTimeOffset decidedAt)
    {
        if (tickTime < _startedAt)
        {
            _backlogDecisions.Add(1);
            return;
        }

        _tickToDecision.Record(Math.Max(0, (decidedAt - tickTime).TotalSeconds));
    }

    public void Shadowed(int signals)
    {
        if (signals > 0) _shadowSignals.Add(signals);
    }

    public void Calibrated(string status) => _calibrations.Add(1, new KeyValuePair<string, object?>("status", status));
}
