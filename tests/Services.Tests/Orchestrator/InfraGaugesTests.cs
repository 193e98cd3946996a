using System.Diagnostics.Metrics;
using GameDay.Orchestrator.Model;

namespace GameDay.Services.Tests.Orchestrator;

public class InfraGaugesTests
{
    private static readonly RedisSample Redis = new(
        [
            new StreamSample("orders.approved", 40, 2,
                [new StreamGroupSample("execution-engine", 3, 5), new StreamGroupSample("orchestrator", 0, null)]),
            new StreamSample("signals", 0, 0, []),
        ],
        UsedMemoryBytes: 1_000_000, MaxMemoryBytes: 0);

    private static readonly PostgresSample Postgres = new(
        PostgresActivity.ByState([("active", 2), ("idle", 5)]), MaxConnections: 100, LockWaits: 1, LongestQuerySeconds: 12.5,
        Tables: [new TableScans("risk_decisions", 4_000_000), new TableScans("orders", 12_000)]);

    private static readonly InfraSnapshot Sampled = InfraSnapshot.Empty.WithRedis(Redis).WithPostgres(Postgres);

    private static string Labels<T>(Measurement<T> m) where T : struct =>
        string.Join(",", m.Tags.ToArray().Select(t => $"{t.Key}={t.Value}"));

    private static Dictionary<string, T> Points<T>(IEnumerable<Measurement<T>> measurements) where T : struct =>
        measurements.ToDictionary(Labels, m => m.Value);

    [Fact]
    public void PendingAndLagAreLabelledWithStreamAndGroup()
    {
        Assert.Equal(new Dictionary<string, long>
        {
            ["stream=orders.approved,group=execution-engine"] = 3,
            ["stream=orders.approved,group=orchestrator"] = 0,
        }, Points(InfraGauges.StreamPending(Sampled)));
        Assert.Equal(new Dictionary<string, long> { ["stream=orders.approved,group=execution-engine"] = 5 },
            Points(InfraGauges.StreamLag(Sampled)));
    }

    [Fact]
    public void EveryStreamHasALengthAndADlqLengthUnderItsBaseName()
    {
        Assert.Equal(new Dictionary<string, long> { ["stream=orders.approved"] = 40, ["stream=signals"] = 0 },
            Points(InfraGauges.StreamLength(Sampled)));
        Assert.Equal(new Dictionary<string, long> { ["stream=orders.approved"] = 2, ["stream=signals"] = 0 },
            Points(InfraGauges.StreamDlqLength(Sampled)));
    }

    [Fact]
    public void PostgresGaugesReportTheSample()
    {
        var connections = Points(InfraGauges.PostgresConnections(Sampled));

        Assert.Equal(2, connections["state=active"]);
        Assert.Equal(0, connections["state=idle in transaction"]);
        Assert.Equal(100, Assert.Single(InfraGauges.PostgresMaxConnections(Sampled)).Value);
        Assert.Equal(1, Assert.Single(InfraGauges.PostgresLockWaits(Sampled)).Value);
        Assert.Equal(12.5, Assert.Single(InfraGauges.PostgresLongestQuerySeconds(Sampled)).Value);
        Assert.Equal(new Dictionary<string, long> { ["table=risk_decisions"] = 4_000_000, ["table=orders"] = 12_000 },
            Points(InfraGauges.PostgresSeqRowsRead(Sampled)));
    }

    [Fact]
    public void RedisGaugesReportMemoryAndUp()
    {
        Assert.Equal(1_000_000, Assert.Single(InfraGauges.RedisMemoryUsedBytes(Sampled)).Value);
        Assert.Equal(0, Assert.Single(InfraGauges.RedisMemoryMaxBytes(Sampled)).Value);
        Assert.Equal(1, Assert.Single(InfraGauges.RedisUp(Sampled)).Value);
    }

    [Fact]
    public void AFailedRedisSampleKeepsTheLastValuesButReportsRedisDown()
    {
        var failed = Sampled.WithRedisFailure();

        Assert.Equal(0, Assert.Single(InfraGauges.RedisUp(failed)).Value);
        Assert.Equal(40, Points(InfraGauges.StreamLength(failed))["stream=orders.approved"]);
        Assert.Equal(1_000_000, Assert.Single(InfraGauges.RedisMemoryUsedBytes(failed)).Value);
    }

    [Fact]
    public void AFailedPostgresSampleRemovesThePostgresSeries()
    {
        var failed = Sampled.WithPostgresFailure();

        Assert.Empty(InfraGauges.PostgresConnections(failed));
        Assert.Empty(InfraGauges.PostgresMaxConnections(failed));
        Assert.Empty(InfraGauges.PostgresLockWaits(failed));
        Assert.Empty(InfraGauges.PostgresLongestQuerySeconds(failed));
        Assert.Empty(InfraGauges.PostgresSeqRowsRead(failed));
        Assert.Equal(1, Assert.Single(InfraGauges.RedisUp(failed)).Value);
    }

    [Fact]
    public void NothingIsReportedBeforeTheFirstSample()
    {
        Assert.Empty(InfraGauges.RedisUp(InfraSnapshot.Empty));
        Assert.Empty(InfraGauges.StreamPending(InfraSnapshot.Empty));
        Assert.Empty(InfraGauges.PostgresMaxConnections(InfraSnapshot.Empty));
    }

    [Fact]
    public void AFirstRedisSampleThatFailsReportsOnlyRedisDown()
    {
        var failed = InfraSnapshot.Empty.WithRedisFailure();

        Assert.Equal(0, Assert.Single(InfraGauges.RedisUp(failed)).Value);
        Assert.Empty(InfraGauges.StreamLength(failed));
        Assert.Empty(InfraGauges.RedisMemoryUsedBytes(failed));
    }
}
