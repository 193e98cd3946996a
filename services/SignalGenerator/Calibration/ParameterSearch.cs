using GameDay.SignalGenerator.Model;

namespace GameDay.SignalGenerator.Calibration;

/// A small grid search: each candidate's crossover signals on the recent bar closes are scored by
/// the return over the next `Horizon` bars (BUY earns a rise, SELL a fall), summed over symbols.
/// The defaults are scored first and win ties, so noise alone does not move the parameters.
/// The search keeps the configured fast period and tunes the trend filter (slow period) and the RSI bounds: the fast
/// period sets how often a crossover clears the minimum spread on half-second ticks, so letting a backtest on minute
/// bars choose it would change the strategy's turnover by an order of magnitude (on the default market, fast 3 signals
/// about 45 times a minute, fast 5 about 14, fast 8 once or twice with whole minutes of silence). A desk sets its
/// turnover; calibration must not move it behind the desk's back.
public static class ParameterSearch
{
    public const int Horizon = 5;

    private static readonly int[] SlowGrid = [15, 20, 30];
    private static readonly (double Upper, double Lower)[] RsiBounds = [(70, 30), (75, 25), (80, 20)];

    public static CalibrationOutcome Run(IReadOnlyDictionary<string, IReadOnlyList<double>> closes,
        SignalParameters defaults, int minBars)
    {
        var usable = closes.Values.Where(c => c.Count >= minBars).ToList();
        if (usable.Count == 0)
        {
            var most = closes.Values.Select(c => c.Count).DefaultIfEmpty(0).Max();
            return new CalibrationOutcome(defaults, 0, 0, $"defaults: at most {most} bars per symbol, {minBars} needed");
        }
        var best = defaults;
        var bestScore = Score(defaults, usable);
        foreach (var candidate in Candidates(defaults.Fast, defaults.RsiPeriod))
        {
            var score = Score(candidate, usable);
            if (score > bestScore)
            {
                (best, bestScore) = (candidate, score);
            }
        }
        return new CalibrationOutcome(best, Math.Round(bestScore, 6), usable.Count, "grid");
    }

    /// Every candidate the search scores besides the defaults: the defaults' fast and RSI periods with each slow period
    /// and RSI band of the grid.
    public static IEnumerable<SignalParameters> Candidates(int fast, int rsiPeriod) =>
        from slow in SlowGrid
        from rsi in RsiBounds
        let candidate = new SignalParameters(fast, slow, rsiPeriod, rsi.Upper, rsi.Lower)
        where candidate.IsValid()
        select candidate;

    public static double Score(SignalParameters p, IEnumerable<IReadOnlyList<double>> series)
    {
        var total = 0.0;
        foreach (var closes in series)
        {
            for (var n = p.WarmUp; n + Horizon <= closes.Count; n++)
            {
                var before = Indicators.Sma(closes, p.Fast, n - 1)!.Value - Indicators.Sma(closes, p.Slow, n - 1)!.Value;
                var now = Indicators.Sma(closes, p.Fast, n)!.Value - Indicators.Sma(closes, p.Slow, n)!.Value;
                var sign = before <= 0 && now > 0 ? 1 : before >= 0 && now < 0 ? -1 : 0;
                if (sign == 0) continue;
                var rsi = Indicators.Rsi(closes, p.RsiPeriod, n)!.Value;
                if (sign > 0 ? rsi >= p.RsiUpper : rsi <= p.RsiLower) continue;
                var entry = closes[n - 1];
                total += sign * (closes[n - 1 + Horizon] - entry) / entry;
            }
        }
        return total;
    }
}

/// `Source` says where the parameters came from ("grid", or why the defaults were kept).
public sealed record CalibrationOutcome(SignalParameters Parameters, double Score, int Symbols, string Source);
