namespace GameDay.SignalGenerator.Model;

/// Indicator values over the first `count` prices of a series (so the value one tick earlier is
/// the same call with `count - 1`). Null while the series is too short.
public static class Indicators
{
    public static double? Sma(IReadOnlyList<double> prices, int window, int count)
    {
        if (window <= 0 || count < window || count > prices.Count) return null;
        var sum = 0.0;
        for (var i = count - window; i < count; i++) sum += prices[i];
        return sum / window;
    }

    /// Wilder's RSI: the first average gain/loss is the mean of the first `period` changes, later
    /// ones are smoothed as (previous × (period − 1) + change) / period.
    public static double? Rsi(IReadOnlyList<double> prices, int period, int count)
    {
        if (period <= 0 || count < period + 1 || count > prices.Count) return null;
        double gain = 0, loss = 0;
        for (var i = 1; i <= period; i++)
        {
            var change = prices[i] - prices[i - 1];
            gain += Math.Max(change, 0);
            loss += Math.Max(-change, 0);
        }
        gain /= period;
        loss /= period;
        for (var i = period + 1; i < count; i++)
        {
            var change = prices[i] - prices[i - 1];
            gain = (gain * (period - 1) + Math.Max(change, 0)) / period;
            loss = (loss * (period - 1) + Math.Max(-change, 0)) / period;
        }
        if (loss == 0) return gain == 0 ? 50 : 100;
        return 100 - 100 / (1 + gain / loss);
    }
}
