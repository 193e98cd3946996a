using System.Globalization;
using GameDay.Contracts;

namespace GameDay.SignalGenerator.Model;

/// Per-symbol moving-average crossover with an RSI filter and a per-symbol cooldown (in market
/// time, so replays decide the same). Half-second ticks are noisy: a crossover counts only when
/// the fast average ends at least `minSpreadBps` past the slow one (13 bp gives roughly ten
/// signals a minute across the NIFTY 50 at the default volatility). Indicators are computed
/// from a bounded price history, so new calibrated parameters apply at once without a new
/// warm-up. Not thread-safe: the tick handler is its only caller.
public sealed class SignalEngine(TimeSpan cooldown, double minSpreadBps, int historyLength = 256)
{
    // A spread of this many basis points counts as a strength of 1.
    private const double FullStrengthBps = 25;

    private readonly Dictionary<string, SymbolSeries> _symbols = [];

    /// The decision for one quote. The same (symbol, sequence) again — a batch redelivered after
    /// its transaction rolled back — returns the same decision without advancing the state.
    public SignalCandidate? OnQuote(string symbol, decimal price, long sequence, DateTimeOffset tickTime, SignalParameters parameters)
    {
        if (!_symbols.TryGetValue(symbol, out var series))
        {
            _symbols[symbol] = series = new SymbolSeries(historyLength);
        }
        if (sequence == series.LastSequence) return series.LastDecision;
        if (sequence < series.LastSequence) return null;
        series.Append((double)price);
        series.LastSequence = sequence;
        series.LastDecision = Decide(symbol, price, sequence, tickTime, series, parameters);
        if (series.LastDecision is not null) series.LastSignalAt = tickTime;
        return series.LastDecision;
    }

    /// A symbol's price history (oldest first), empty before its first quote.
    public IReadOnlyList<double> PricesOf(string symbol) => _symbols.TryGetValue(symbol, out var series) ? series.Prices : [];

    /// Every symbol's latest `depth` prices: the market as the engine sees it now.
    public IReadOnlyDictionary<string, double[]> Snapshot(int depth) =>
        _symbols.ToDictionary(s => s.Key, s => s.Value.Prices.Skip(Math.Max(0, s.Value.Prices.Count - depth)).ToArray(), StringComparer.Ordinal);

    private SignalCandidate? Decide(string symbol, decimal price, long sequence, DateTimeOffset tickTime,
        SymbolSeries series, SignalParameters p)
    {
        var prices = series.Prices;
        var n = prices.Count;
        if (n < p.WarmUp) return null;
        var fast = Indicators.Sma(prices, p.Fast, n)!.Value;
        var slow = Indicators.Sma(prices, p.Slow, n)!.Value;
        var before = Indicators.Sma(prices, p.Fast, n - 1)!.Value - Indicators.Sma(prices, p.Slow, n - 1)!.Value;
        var now = fast - slow;
        var side = before <= 0 && now > 0 ? Side.Buy : before >= 0 && now < 0 ? Side.Sell : null;
        if (side is null) return null;
        var rsi = Indicators.Rsi(prices, p.RsiPeriod, n)!.Value;
        if (side == Side.Buy ? rsi >= p.RsiUpper : rsi <= p.RsiLower) return null;
        if (series.LastSignalAt is { } last && tickTime - last < cooldown) return null;
        var spreadBps = Math.Abs(now) / slow * 10_000;
        if (spreadBps < minSpreadBps) return null;
        var strength = (decimal)Math.Round(Math.Min(1, spreadBps / FullStrengthBps), 4);
        var reason = string.Create(CultureInfo.InvariantCulture,
            $"SMA{p.Fast} crossed {(side == Side.Buy ? "above" : "below")} SMA{p.Slow} ({fast:F2} vs {slow:F2}); RSI{p.RsiPeriod} {rsi:F1}");
        // Keyed by the tick's market time, not its step: steps restart with every AppHost run (a new
        // epoch), times never repeat, and a replay from the same seed and epoch yields the same ids.
        var signalId = string.Create(CultureInfo.InvariantCulture, $"{symbol}-{tickTime.UtcDateTime:yyyyMMdd'T'HHmmssfff}");
        return new SignalCandidate(signalId, symbol, side, price, strength, reason, tickTime);
    }
}
