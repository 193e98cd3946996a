namespace GameDay.IncidentResponder.Actions;

/// `latency.hops`: p95 per hop over the last minute and the consumer groups' lag, from Prometheus, to locate the slow
/// hop before restarting it. A diagnosis that cannot be read does not stop the runbook: the step says so and passes.
public sealed class LatencyHopsAction(PrometheusClient prometheus) : IIncidentAction
{
    /// The signal generator's hop: every tick batch until its decision (tick_to_signal exists only when a crossover
    /// yields a signal, which a quiet market may not for minutes).
    public const string TickToDecision =
        "histogram_quantile(0.95, sum by (le) (rate(tick_to_decision_seconds_bucket{job=\"signal-generator\"}[1m])))";
    public const string TickToFill =
        "histogram_quantile(0.95, sum by (le) (rate(signal_to_fill_seconds_bucket{job=\"execution-engine\"}[1m])))";
    public const string Lag = "max by (stream, group) (stream_lag)";

    public string Name => "latency.hops";

    public async Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken)
    {
        try
        {
            var signal = (await prometheus.QueryAsync(TickToDecision, cancellationToken)).FirstOrDefault()?.Value;
            var fill = (await prometheus.QueryAsync(TickToFill, cancellationToken)).FirstOrDefault()?.Value;
            var lags = (await prometheus.QueryAsync(Lag, cancellationToken)).Select(s => (s.Label("stream"), s.Label("group"), s.Value)).ToArray();
            return ActionOutcome.Ok(new HopLatencies(HopLatencies.Known(signal), HopLatencies.Known(fill), lags).Describe());
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return ActionOutcome.Ok($"per-hop latencies not read ({ex.Message}); see the runbook's Prometheus queries.");
        }
    }
}
