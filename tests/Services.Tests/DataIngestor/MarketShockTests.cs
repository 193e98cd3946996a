using GameDay.Market;

namespace GameDay.Services.Tests.DataIngestor;

/// The shocks market faults send to the venue and the data ingestor: a symbol's shock moves that symbol only, and
/// a request is refused (with the field) when it is ambiguous, names an unknown symbol or starts in the past.
public sealed class MarketShockTests
{
    private static readonly MarketOptions Options = new() { Seed = 11 };

    [Fact]
    public void ASymbolShockMovesThatSymbolAloneAndEveryOtherPriceStaysOnItsSeededPath()
    {
        var (plain, shocked) = (new MarketModel(Options), new MarketModel(Options));
        var (target, other) = (plain.Instruments[0].Symbol, plain.Instruments[1].Symbol);
        shocked.AddShock(new MarketShock(StartStep: 3, Steps: 2, TotalReturn: -0.1, Symbol: target));

        var (before, after) = (plain.AtStep(10), shocked.AtStep(10));

        Assert.Equal(0.9m, Math.Round(after.Prices[target] / before.Prices[target], 3));
        Assert.Equal(before.Prices[other], after.Prices[other]);
    }

    [Fact]
    public void ARequestWithoutStartStartsAtTheNextStepAndOneWithStartAtStartsAtItsStep()
    {
        var model = new MarketModel(Options);
        var now = Options.Epoch + TimeSpan.FromSeconds(100);

        var next = new ShockRequest(-0.05, 4).Resolve(model.StepAt, [], now);
        var later = new ShockRequest(null, 4, now + TimeSpan.FromSeconds(2), new Dictionary<string, double> { ["TCS"] = 0.02 })
            .Resolve(model.StepAt, ["TCS"], now);

        Assert.Equal(new MarketShock(201, 4, -0.05), Assert.Single(next.Shocks));
        Assert.Equal(new MarketShock(204, 4, 0.02, "TCS"), Assert.Single(later.Shocks));
    }

    [Theory]
    [InlineData(null, false, "TCS", 0, "totalReturn")]
    [InlineData(-0.05, true, "TCS", 0, "totalReturn")]
    [InlineData(null, true, "NOPE", 0, "symbols")]
    [InlineData(-1.0, false, "TCS", 0, "totalReturn")]
    [InlineData(-0.05, false, "TCS", -1, "startAt")]
    public void AnAmbiguousUnknownOrLateRequestIsRefusedNamingTheField(double? index, bool symbols, string symbol, int startInSeconds, string field)
    {
        var now = Options.Epoch + TimeSpan.FromSeconds(100);
        var request = new ShockRequest(index, 4, startInSeconds == 0 ? null : now + TimeSpan.FromSeconds(startInSeconds),
            symbols ? new Dictionary<string, double> { [symbol] = 0.01 } : null);

        var resolved = request.Resolve(new MarketModel(Options).StepAt, ["TCS"], now);

        Assert.Equal(field, resolved.Field);
        Assert.NotNull(resolved.Problem);
        Assert.Empty(resolved.Shocks);
    }
}
