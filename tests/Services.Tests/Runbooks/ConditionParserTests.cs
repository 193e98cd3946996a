using GameDay.Runbooks;

namespace GameDay.Services.Tests.Runbooks;

public class ConditionParserTests
{
    public static TheoryData<string, Condition> Forms() => new()
    {
        { "resource execution-engine healthy", new ResourceCondition("execution-engine", ResourceState.Healthy) },
        { "resource redis unhealthy", new ResourceCondition("redis", ResourceState.Unhealthy) },
        { "resource postgres running", new ResourceCondition("postgres", ResourceState.Running) },
        { "all resources healthy", new ResourceCondition(null, ResourceState.Healthy) },
        { "trading active", new TradingCondition(false) },
        { "trading halted", new TradingCondition(true) },
        { "trading halted reason daily_loss_limit", new TradingCondition(true, "daily_loss_limit") },
        { "pnl above loss limit", new PnlAboveLossLimitCondition() },
        { "stream orders.approved group execution-engine pending < 10",
            new StreamCondition("orders.approved", "execution-engine", StreamMeasure.Pending, new Comparison(ComparisonOperator.LessThan, 10)) },
        { "stream signals dlq length == 0", new StreamCondition("signals", null, StreamMeasure.DlqLength, new Comparison(ComparisonOperator.Equal, 0)) },
        { "stream signals dlq length <= 3", new StreamCondition("signals", null, StreamMeasure.DlqLength, new Comparison(ComparisonOperator.LessOrEqual, 3)) },
        { "stream market.ticks group risk-manager pending > 100",
            new StreamCondition("market.ticks", "risk-manager", StreamMeasure.Pending, new Comparison(ComparisonOperator.GreaterThan, 100)) },
        { "stream market.ticks group risk-manager lag < 20",
            new StreamCondition("market.ticks", "risk-manager", StreamMeasure.Lag, new Comparison(ComparisonOperator.LessThan, 20)) },
        { "postgres connections < 90", new PostgresCondition(PostgresMeasure.Connections, new Comparison(ComparisonOperator.LessThan, 90)) },
        { "postgres lock waits == 0", new PostgresCondition(PostgresMeasure.LockWaits, new Comparison(ComparisonOperator.Equal, 0)) },
        { "alert ServiceDown resolved", new AlertCondition("ServiceDown", false) },
        { "alert CompleteOutage firing", new AlertCondition("CompleteOutage", true) },
        { "invariants hold", new InvariantsCondition() },
        { "approval granted", new ApprovalCondition() },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void EveryFormOfTheLanguageParsesToItsRecord(string text, Condition expected)
    {
        Assert.Equal(expected, ConditionParser.Parse(text));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void EveryFormTakesAWithinSuffix(string text, Condition expected)
    {
        var parsed = ConditionParser.Parse(text + " within 60s");

        Assert.Equal(TimeSpan.FromSeconds(60), parsed.Within);
        Assert.Equal(expected.GetType(), parsed.GetType());
    }

    [Fact]
    public void WithinIsAbsentUnlessGiven()
    {
        Assert.Null(ConditionParser.Parse("resource redis healthy").Within);
    }

    [Fact]
    public void ExtraSpacesAreIgnored()
    {
        Assert.Equal(new ResourceCondition("redis", ResourceState.Healthy, TimeSpan.FromSeconds(5)),
            ConditionParser.Parse("  resource   redis  healthy within 5s "));
    }

    [Theory]
    [InlineData("resource redis sick", "healthy, unhealthy or running")]
    [InlineData("resource Redis healthy", "not a resource name")]
    [InlineData("trading paused", "not a known form")]
    [InlineData("trading halted reason lunch", "unknown halt reason 'lunch'")]
    [InlineData("stream signals group risk-manager pending >= 3", "'>=' is not a comparison")]
    [InlineData("stream signals group risk-manager pending < many", "'many' is not a non-negative whole number")]
    [InlineData("stream signals dlq length < -1", "not a non-negative whole number")]
    [InlineData("postgres connections 90", "not a known form")]
    [InlineData("alert service-down resolved", "not an alert name")]
    [InlineData("alert ServiceDown silenced", "not a known form")]
    [InlineData("resource redis healthy within 2m", "'within' needs a duration")]
    [InlineData("resource redis healthy within", "not a known form")]
    [InlineData("", "not a known form")]
    [InlineData("approval granted please", "not a known form")]
    public void ConditionOutsideTheLanguageIsRejectedWithTheProblem(string text, string problem)
    {
        var error = Assert.Throws<ConditionFormatException>(() => ConditionParser.Parse(text));

        Assert.Contains(problem, error.Message);
        Assert.False(ConditionParser.TryParse(text, out var condition, out var message));
        Assert.Null(condition);
        Assert.Equal(error.Message, message);
    }

    [Theory]
    [InlineData(ComparisonOperator.LessThan, 9, true)]
    [InlineData(ComparisonOperator.LessThan, 10, false)]
    [InlineData(ComparisonOperator.LessOrEqual, 10, true)]
    [InlineData(ComparisonOperator.Equal, 10, true)]
    [InlineData(ComparisonOperator.GreaterThan, 10, false)]
    [InlineData(ComparisonOperator.GreaterThan, 11, true)]
    public void ComparisonComparesACountWithItsBound(ComparisonOperator op, long actual, bool expected)
    {
        Assert.Equal(expected, new Comparison(op, 10).IsSatisfiedBy(actual));
    }
}
