using GameDay.Contracts;
using GameDay.SignalGenerator.Model;

namespace GameDay.Services.Tests.SignalGenerator;

public sealed class SignalEngineTests
{
    private static readonly DateTimeOffset T0 = new(2025, 1, 6, 9, 15, 0, TimeSpan.Zero);
    private static readonly SignalParameters Parameters = SignalParameters.Default;

    /// A zig-zag decline then a zig-zag rise: the fast average crosses above the slow one during
    /// the rise, with the RSI well below 70.
    private static List<decimal> DeclineThenRise(int declineTicks = 30, int riseTicks = 20)
    {
        var prices = new List<decimal> { 1000m };
        for (var i = 0; i < declineTicks; i++) prices.Add(prices[^1] + (i % 2 == 0 ? -3m : 2m));
        for (var i = 0; i < riseTicks; i++) prices.Add(prices[^1] + (i % 2 == 0 ? 3m : -2m));
        return prices;
    }

    private static List<SignalCandidate> Run(SignalEngine engine, IReadOnlyList<decimal> prices, SignalParameters? parameters = null)
    {
        var signals = new List<SignalCandidate>();
        for (var i = 0; i < prices.Count; i++)
        {
            var sequence = 1L + i;
            if (engine.OnQuote("INFY", prices[i], sequence, T0.AddMilliseconds(500 * sequence), parameters ?? Parameters) is { } signal)
            {
                signals.Add(signal);
            }
        }
        return signals;
    }

    [Fact]
    public void CrossoverAboveYieldsOneBuySignal()
    {
        var signals = Run(new SignalEngine(TimeSpan.FromSeconds(20), minSpreadBps: 0), DeclineThenRise());

        var signal = Assert.Single(signals);
        Assert.Equal(Side.Buy, signal.Side);
        Assert.StartsWith("INFY-", signal.SignalId);
        Assert.Contains("crossed above", signal.Reason);
    }

    [Fact]
    public void CrossoverBelowYieldsASellSignal()
    {
        var prices = DeclineThenRise().Select(p => 2000m - p).ToList();

        var signal = Assert.Single(Run(new SignalEngine(TimeSpan.FromSeconds(20), minSpreadBps: 0), prices));

        Assert.Equal(Side.Sell, signal.Side);
    }

    [Fact]
    public void CooldownAllowsOneSignalPerSymbolWithinTwentySeconds()
    {
        var prices = DeclineThenRise();
        prices.AddRange(DeclineThenRise().Select(p => p - 1000m + prices[^1]));

        var withCooldown = Run(new SignalEngine(TimeSpan.FromSeconds(20), minSpreadBps: 0), prices);
        var withoutCooldown = Run(new SignalEngine(TimeSpan.Zero, minSpreadBps: 0), prices);

        Assert.Single(withCooldown);
        Assert.True(withoutCooldown.Count >= 2, $"expected two or more signals without a cooldown, got {withoutCooldown.Count}");
    }

    [Fact]
    public void NoSignalDuringWarmUp()
    {
        var vShape = DeclineThenRise(declineTicks: 8, riseTicks: 10);
        Assert.True(vShape.Count < Parameters.WarmUp);

        Assert.Empty(Run(new SignalEngine(TimeSpan.Zero, minSpreadBps: 0), vShape));
    }

    [Fact]
    public void OverboughtRsiBlocksTheBuy()
    {
        var prices = Enumerable.Range(0, 30).Select(i => 1000m - i).Concat(Enumerable.Range(1, 20).Select(i => 970m + 20 * i)).ToList();

        Assert.Empty(Run(new SignalEngine(TimeSpan.Zero, minSpreadBps: 0), prices));
        Assert.Single(Run(new SignalEngine(TimeSpan.Zero, minSpreadBps: 0), prices, Parameters with { RsiUpper = 99.9 }));
    }

    [Fact]
    public void WeakCrossoversBelowTheMinimumSpreadAreIgnored()
    {
        Assert.Empty(Run(new SignalEngine(TimeSpan.Zero, minSpreadBps: 500), DeclineThenRise()));
    }

    [Fact]
    public void RedeliveredTickYieldsTheSameDecisionWithoutAdvancing()
    {
        var engine = new SignalEngine(TimeSpan.FromSeconds(20), minSpreadBps: 0);
        var prices = DeclineThenRise();
        var signal = Assert.Single(Run(engine, prices));
        var sequence = (long)((signal.TickTime - T0) / TimeSpan.FromMilliseconds(500));

        Assert.Null(engine.OnQuote("INFY", signal.Price, sequence, signal.TickTime, Parameters));
        var last = prices.Count;
        var again = engine.OnQuote("INFY", prices[^1], last, T0.AddMilliseconds(500 * last), Parameters);

        Assert.Null(again);
        Assert.Null(engine.OnQuote("INFY", 1m, 5, T0, Parameters));
    }
}
