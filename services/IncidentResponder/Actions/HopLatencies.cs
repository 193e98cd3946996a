using System.Globalization;

namespace GameDay.IncidentResponder.Actions;

/// The per-hop view of the pipeline's latency (seed 001 "identify bottleneck", seed 002 ">5s for signals"):
/// tick → signal is the signal generator's hop; signal → fill (risk manager, execution engine, venue) is the rest of
/// the engine's tick → fill time. p95s do not subtract exactly, so the second hop is an estimate.
public sealed record HopLatencies(double? TickToSignal, double? TickToFill, IReadOnlyList<(string Stream, string Group, double Lag)> Lags)
{
    public const string SignalHop = "tick → signal (signal-generator)";
    public const string FillHop = "signal → fill (risk-manager, execution-engine, venue)";

    public double? SignalToFill => TickToSignal is { } signal && TickToFill is { } fill ? Math.Max(0, fill - signal) : null;

    /// The hop that takes longer, or null without data for either.
    public string? Slowest => (TickToSignal, SignalToFill ?? TickToFill) switch
    {
        ({ } signal, { } fill) => signal >= fill ? SignalHop : FillHop,
        ({ }, null) => SignalHop,
        (null, { }) => FillHop,
        _ => null,
    };

    public string Describe()
    {
        var lags = Lags.Where(l => l.Lag > 0).OrderByDescending(l => l.Lag).Take(5).Select(l => $"{l.Stream}/{l.Group} {Number(l.Lag)}").ToArray();
        return $"{SignalHop} p95 {Seconds(TickToSignal)}; {FillHop} p95 ≈ {Seconds(SignalToFill)} (tick → fill {Seconds(TickToFill)}); " +
            $"stream lag: {(lags.Length == 0 ? "none" : string.Join(", ", lags))}; " +
            $"slowest hop: {Slowest ?? "unknown (no latency observed in the last minute)"}.";
    }

    /// A quantile Prometheus could not compute (no observations: NaN) counts as no data.
    public static double? Known(double? value) => value is { } v && double.IsFinite(v) ? v : null;

    private static string Seconds(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) + " s" : "no data";

    private static string Number(double value) => value.ToString("0", CultureInfo.InvariantCulture);
}
