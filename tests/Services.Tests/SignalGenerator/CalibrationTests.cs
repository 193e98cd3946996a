using GameDay.SignalGenerator.Calibration;
using GameDay.SignalGenerator.Model;

namespace GameDay.Services.Tests.SignalGenerator;

public sealed class CalibrationTests
{
    private sealed class ManualTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void SearchKeepsTheDefaultsWithTooFewBars()
    {
        var closes = new Dictionary<string, IReadOnlyList<double>> { ["INFY"] = [.. Enumerable.Range(0, 29).Select(i => 1500.0 + i)] };

        var outcome = ParameterSearch.Run(closes, SignalParameters.Default, minBars: 30);

        Assert.Equal(SignalParameters.Default, outcome.Parameters);
        Assert.StartsWith("defaults", outcome.Source);
    }

    [Fact]
    public void SearchPicksValidParametersFromEnoughBars()
    {
        var closes = new Dictionary<string, IReadOnlyList<double>>
        {
            ["INFY"] = [.. Enumerable.Range(0, 120).Select(i => 1500 + 30 * Math.Sin(i / 6.0))],
        };

        var outcome = ParameterSearch.Run(closes, SignalParameters.Default, minBars: 30);

        Assert.Equal("grid", outcome.Source);
        Assert.True(outcome.Parameters.IsValid());
        Assert.True(outcome.Score >= ParameterSearch.Score(SignalParameters.Default, closes.Values));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(8)]
    public void SearchKeepsTheConfiguredFastPeriod(int fast)
    {
        // A slow swing and a fast one: the fast period that scores best differs from the configured one for some of these.
        var closes = new Dictionary<string, IReadOnlyList<double>>
        {
            ["INFY"] = [.. Enumerable.Range(0, 240).Select(i => 1500 + 30 * Math.Sin(i / 6.0) + 8 * Math.Sin(i / 1.3))],
            ["TCS"] = [.. Enumerable.Range(0, 240).Select(i => 3500 + 50 * Math.Sin(i / 17.0) + 10 * Math.Cos(i / 2.1))],
        };
        var defaults = SignalParameters.Default with { Fast = fast };

        var outcome = ParameterSearch.Run(closes, defaults, minBars: 30);

        Assert.Equal(fast, outcome.Parameters.Fast);
        Assert.All(ParameterSearch.Candidates(fast, defaults.RsiPeriod), c => Assert.Equal(fast, c.Fast));
        Assert.NotEmpty(ParameterSearch.Candidates(fast, defaults.RsiPeriod));
    }

    [Fact]
    public void FailedCalibrationKeepsTheLastGoodParametersAndTheirAge()
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2025, 1, 6, 9, 15, 0, TimeSpan.Zero));
        var inUse = new ParametersInUse(SignalParameters.Default, time);
        var good = new SignalParameters(8, 30, 14, 75, 25);
        inUse.Use(good, time.Now, "grid");
        time.Now += TimeSpan.FromMinutes(30);

        inUse.Failed("market data unavailable");

        Assert.Equal(good, inUse.Current);
        Assert.Equal("failed", inUse.State.Status);
        Assert.Equal(1800, inUse.AgeSeconds);
    }
}
