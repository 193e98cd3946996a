using System.Diagnostics.Metrics;

namespace GameDay.ExecutionEngine.Infrastructure;

/// Meter "GameDay.ExecutionEngine"; names follow docs/metrics-contract.md once the Prometheus exporter adds its suffixes.
public static class ExecutionMetrics
{
    public static readonly Meter Meter = new("GameDay.ExecutionEngine");

    private static readonly Counter<long> VenueRequests = Meter.CreateCounter<long>("venue_requests", description: "Requests to the venue by outcome code (HTTP status, timeout, circuit_open, connection_error)");
    private static readonly Counter<long> Orders = Meter.CreateCounter<long>("orders", description: "Order state changes, by the state entered");
    // Engine-side refusals (halted before submission, no matching risk approval, cancel-all): the
    // last line of defence, so each one is worth an alert of its own.
    private static readonly Counter<long> Denials = Meter.CreateCounter<long>("order_denials", description: "Orders the engine refused itself, by reason");
    private static readonly Counter<long> IllegalTransitions = Meter.CreateCounter<long>("order_illegal_transitions", description: "Refused order state transitions");
    private static readonly Counter<long> OutcomesUnknown = Meter.CreateCounter<long>("order_outcomes_unknown", description: "Order placements whose outcome is unknown (every attempt timed out or failed), by venue and whether the venue may have acted (false only when the open circuit refused the first attempt)");
    private static readonly Counter<long> OutcomesResolved = Meter.CreateCounter<long>("order_outcomes_resolved", description: "What the submission resolver did with a submitted order without a venue acknowledgement, by the outcome of its last attempt (unknown, refused, pending, unsent) and how (found at the venue, resent after a 404 there, given up); a fill settles one too, through the fill poller");
    private static readonly Counter<long> ReportGaps = Meter.CreateCounter<long>("trade_report_gaps", description: "Sequences the venue's execution-report feed skipped (reports lost), by venue");
    private static readonly Counter<long> RecoveredTrades = Meter.CreateCounter<long>("trades_recovered", description: "Venue trades recorded from the venue's trade history after the execution-report feed lost them, by venue");
    private static readonly Histogram<double> SignalToFill = Meter.CreateHistogram<double>("signal_to_fill_seconds", "s", "Time from the tick behind a signal to the first fill of its order",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60] });

    // Replaced whole by each successful reconciliation run, so a scrape never sees a mix of two runs.
    private static IReadOnlyList<Measurement<int>> _discrepancies = DiscrepanciesByKind(new([], [], [], [], null, [], null));

    public static void CountVenueRequest(string code) => VenueRequests.Add(1, new KeyValuePair<string, object?>("code", code));

    public static void CountOrder(string status) => Orders.Add(1, new KeyValuePair<string, object?>("status", status));

    public static void CountDenial(string reason) => Denials.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public static void CountIllegalTransition(string from, string to) => IllegalTransitions.Add(1,
        new KeyValuePair<string, object?>("from", from), new KeyValuePair<string, object?>("to", to));

    public static void CountUnknownOutcome(string venue, bool mayHaveActed) => OutcomesUnknown.Add(1,
        new KeyValuePair<string, object?>("venue", venue), new KeyValuePair<string, object?>("may_have_acted", mayHaveActed ? "true" : "false"));

    public static void CountOutcomeResolved(string? outcome, string how) => OutcomesResolved.Add(1,
        new KeyValuePair<string, object?>("outcome", outcome ?? "unsent"), new KeyValuePair<string, object?>("how", how));

    public static void CountReportGap(string venue, long lost) => ReportGaps.Add(lost, new KeyValuePair<string, object?>("venue", venue));

    public static void CountRecoveredTrade(string venue) => RecoveredTrades.Add(1, new KeyValuePair<string, object?>("venue", venue));

    public static void RecordSignalToFill(TimeSpan elapsed) => SignalToFill.Record(Math.Max(0, elapsed.TotalSeconds));

    /// Called with the findings of successful runs only: a failed run keeps the previous values.
    public static void SetDiscrepancies(ReconciliationFindings findings) => Volatile.Write(ref _discrepancies, DiscrepanciesByKind(findings));

    /// One series per kind, always all three, so each catalog entry (missing-trades, position-mismatch,
    /// duplicate-orders) has an alert of its own and a kind that is 0 is reported as 0, not absent.
    public static IReadOnlyList<Measurement<int>> DiscrepanciesByKind(ReconciliationFindings findings) =>
    [
        new(findings.MissingTrades, new KeyValuePair<string, object?>("kind", "missing_trade")),
        new(findings.PositionMismatches.Count, new KeyValuePair<string, object?>("kind", "position_mismatch")),
        new(findings.Duplicates.Count, new KeyValuePair<string, object?>("kind", "duplicate")),
    ];

    /// The rare-event counters start at 0 per venue, so that increase() sees their first event: a series that appears on
    /// its first increment has no earlier sample to rise from. Called once the metrics pipeline listens (with the gauges).
    public static void StartRareCounters()
    {
        foreach (var venue in VenueOptions.All)
        {
            var tag = new KeyValuePair<string, object?>("venue", venue);
            OutcomesUnknown.Add(0, tag, new KeyValuePair<string, object?>("may_have_acted", "true"));
            RecoveredTrades.Add(0, tag);
            ReportGaps.Add(0, tag);
        }
    }

    /// The gauges read state that lives in singletons; they are registered once the container has built them.
    public static void RegisterGauges(VenueCircuit circuit, VenueSession session)
    {
        Meter.CreateObservableGauge("venue_circuit_state", () => circuit.State, description: "Venue circuit breaker: 0 closed, 1 open, 2 half-open");
        Meter.CreateObservableGauge("venue_session_valid", () => session.IsUsable ? 1 : 0, description: "1 while the venue session token is usable");
        Meter.CreateObservableGauge("reconciliation_discrepancies", () => Volatile.Read(ref _discrepancies), description: "Discrepancies found by the latest reconciliation with the venue");
    }
}
