using GameDay.Orchestrator.Model;
using StackExchange.Redis;

namespace GameDay.Services.Tests.Orchestrator;

public class XinfoGroupsParserTests
{
    private static RedisResult Group(params (string Name, RedisResult Value)[] fields) =>
        RedisResult.Create([.. fields.SelectMany(f => new[] { RedisResult.Create((RedisValue)f.Name), f.Value })]);

    private static RedisResult Value(RedisValue value) => RedisResult.Create(value);

    [Fact]
    public void ReadsNamePendingAndLagOfEveryGroup()
    {
        var reply = RedisResult.Create(
        [
            Group(("name", Value("risk-manager")), ("consumers", Value(1)), ("pending", Value(3)),
                ("last-delivered-id", Value("1-0")), ("entries-read", Value(7)), ("lag", Value(2))),
            Group(("name", Value("orchestrator")), ("consumers", Value(0)), ("pending", Value(0)),
                ("last-delivered-id", Value("0-0")), ("entries-read", Value(9)), ("lag", Value(0))),
        ]);

        Assert.Equal(
            [new StreamGroupSample("risk-manager", 3, 2), new StreamGroupSample("orchestrator", 0, 0)],
            XinfoGroupsParser.Parse(reply));
    }

    [Fact]
    public void ANilLagMeansRedisCannotTell()
    {
        var reply = RedisResult.Create([Group(("name", Value("execution-engine")), ("pending", Value(5)), ("lag", Value(RedisValue.Null)))]);

        Assert.Equal([new StreamGroupSample("execution-engine", 5, null)], XinfoGroupsParser.Parse(reply));
    }

    [Fact]
    public void ARedisWithoutLagReportsNoLag()
    {
        var reply = RedisResult.Create([Group(("name", Value("broker")), ("pending", Value(1)))]);

        Assert.Null(Assert.Single(XinfoGroupsParser.Parse(reply)).Lag);
    }

    [Fact]
    public void AStreamWithoutGroupsHasNoSamples()
    {
        Assert.Empty(XinfoGroupsParser.Parse(RedisResult.Create(Array.Empty<RedisResult>())));
        Assert.Empty(XinfoGroupsParser.Parse(RedisResult.Create(RedisValue.Null)));
    }
}
