using GameDay.SignalGenerator.Model;

namespace GameDay.Services.Tests.SignalGenerator;

public sealed class IndicatorsTests
{
    // Wilder's RSI example as published by StockCharts; their table rounds the averages to two
    // places (first value 70.53), the exact values are these.
    private static readonly double[] Closes =
    [
        44.34, 44.09, 44.15, 43.61, 44.33, 44.83, 45.10, 45.42, 45.84, 46.08, 45.89, 46.03, 45.61, 46.28, 46.28,
        46.00, 46.03, 46.41, 46.22, 45.64,
    ];

    [Fact]
    public void SmaIsTheMeanOfTheLastWindowPrices()
    {
        double[] prices = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

        Assert.Equal(8, Indicators.Sma(prices, 5, 10));
        Assert.Equal(7, Indicators.Sma(prices, 5, 9));
        Assert.Equal(5.5, Indicators.Sma(prices, 10, 10));
    }

    [Fact]
    public void SmaIsUndefinedBeforeTheWindowFills()
    {
        Assert.Null(Indicators.Sma([1.0, 2, 3], 5, 3));
    }

    [Theory]
    [InlineData(15, 70.464)]
    [InlineData(16, 66.250)]
    [InlineData(17, 66.481)]
    [InlineData(18, 69.347)]
    [InlineData(19, 66.295)]
    [InlineData(20, 57.915)]
    public void RsiFollowsWildersSmoothing(int count, double expected)
    {
        Assert.Equal(expected, Indicators.Rsi(Closes, 14, count)!.Value, 3);
    }

    [Fact]
    public void RsiNeedsOneMorePriceThanItsPeriod()
    {
        Assert.Null(Indicators.Rsi(Closes, 14, 14));
    }

    [Fact]
    public void RsiOfARisingSeriesIsOneHundredAndOfAFlatOneFifty()
    {
        Assert.Equal(100, Indicators.Rsi([1.0, 2, 3, 4], 3, 4));
        Assert.Equal(50, Indicators.Rsi([5.0, 5, 5, 5], 3, 4));
    }
}
