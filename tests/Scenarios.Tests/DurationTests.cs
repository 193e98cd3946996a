namespace GameDay.Scenarios.Tests;

public class DurationTests
{
    [Theory]
    [InlineData("500ms", 500)]
    [InlineData("0s", 0)]
    [InlineData("30s", 30_000)]
    [InlineData("2m", 120_000)]
    public void DurationsParse(string text, int milliseconds)
    {
        Assert.True(ScenarioDuration.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), duration);
    }

    [Theory]
    [InlineData("30")]
    [InlineData("1h")]
    [InlineData("1.5s")]
    [InlineData(" 30s")]
    [InlineData("-1s")]
    [InlineData("99999999999s")]
    public void OtherTextIsNotADuration(string text)
    {
        Assert.False(ScenarioDuration.TryParse(text, out _));
    }

    [Theory]
    [InlineData(120_000, "2m")]
    [InlineData(90_000, "90s")]
    [InlineData(1_500, "1500ms")]
    [InlineData(0, "0s")]
    public void DurationsFormatInTheShortestExactUnit(int milliseconds, string text)
    {
        Assert.Equal(text, ScenarioDuration.Format(TimeSpan.FromMilliseconds(milliseconds)));
    }
}
