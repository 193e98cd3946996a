namespace GameDay.Chaos.Tests.Validation;

/// The `with` value parsers every kind's checks build on.
public sealed class FaultParametersTests
{
    [Theory]
    [InlineData("500ms", 500)]
    [InlineData("30s", 30_000)]
    [InlineData("2m", 120_000)]
    [InlineData("1.5s", 1_500)]
    [InlineData(" 0s ", 0)]
    public void DurationsAreMillisecondsSecondsOrMinutes(string text, int milliseconds)
    {
        Assert.True(FaultParameters.TryDuration(text, out var value));
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("30")]
    [InlineData("1h")]
    [InlineData("s")]
    [InlineData("-1s")]
    [InlineData("1,5s")]
    public void AnythingElseIsNotADuration(string? text) => Assert.False(FaultParameters.TryDuration(text, out _));

    [Fact]
    public void AMissingParameterTakesTheFallback()
    {
        var spec = Specs.Of("network.latency", "postgres");

        Assert.Equal((TimeSpan.FromSeconds(3), 20L, 0.5), (
            FaultParameters.Duration(spec, "backoff", TimeSpan.FromSeconds(3)),
            FaultParameters.Integer(spec, "rate", 20),
            FaultParameters.Number(spec, "errorRate", 0.5)));
    }

    [Fact]
    public void CheckTurnsTheFirstBadValueIntoItsMessage()
    {
        var spec = Specs.Of("venue.errors", null, "errorRate=x", "latencyMs=y");

        Assert.Equal("'errorRate' must be a number, not 'x'.", FaultParameters.Check(() =>
        {
            FaultParameters.Number(spec, "errorRate", 0);
            FaultParameters.Integer(spec, "latencyMs", 0);
        }));
        Assert.Null(FaultParameters.Check(() => FaultParameters.Integer(spec, "rate", 1)));
    }
}
