namespace GameDay.SignalGenerator.Model;

/// Candidate strategies evaluated in shadow beside the live one on every quote: what each would have signalled is
/// counted, never sent (how a desk compares strategies on live prices before switching). Each candidate is a full
/// pass over the symbol's price history, so the CPU the book takes grows with its size and with the market's tick
/// rate: a deployment that turns on thousands of them makes the generator the machine's hot spot, however often it
/// is restarted. The candidates are a fixed grid (same count, same candidates), evaluated across the cores.
public sealed class ShadowBook
{
    private readonly SignalParameters[] candidates;

    public ShadowBook(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        candidates = [.. Enumerable.Range(0, count).Select(Candidate)];
    }

    public int Count => candidates.Length;

    /// The i-th candidate of the grid: fast 2–11, slow 13–72, RSI period 7–28, the usual RSI bounds.
    public static SignalParameters Candidate(int index) =>
        new(2 + index % 10, 13 + index / 10 % 60, 7 + index / 600 % 22, 70, 30);

    /// How many candidates would signal on the newest of these prices (a crossover their RSI filter lets through).
    public int Evaluate(IReadOnlyList<double> prices)
    {
        if (candidates.Length == 0) return 0;
        var signals = 0;
        var chunks = Math.Min(Environment.ProcessorCount, candidates.Length);
        Parallel.For(0, chunks, () => 0, (chunk, _, local) =>
        {
            for (var i = chunk; i < candidates.Length; i += chunks)
            {
                if (WouldSignal(prices, candidates[i])) local++;
            }
            return local;
        }, local => Interlocked.Add(ref signals, local));
        return signals;
    }

    private static bool WouldSignal(IReadOnlyList<double> prices, SignalParameters p)
    {
        var n = prices.Count;
        if (n < p.WarmUp) return false;
        var before = Indicators.Sma(prices, p.Fast, n - 1)!.Value - Indicators.Sma(prices, p.Slow, n - 1)!.Value;
        var now = Indicators.Sma(prices, p.Fast, n)!.Value - Indicators.Sma(prices, p.Slow, n)!.Value;
        var rsi = Indicators.Rsi(prices, p.RsiPeriod, n)!.Value;
        return before <= 0 && now > 0 ? rsi < p.RsiUpper : before >= 0 && now < 0 && rsi > p.RsiLower;
    }
}
