namespace GameDay.Orchestrator.Model;

/// The shared-infrastructure view the gauges read; replaced whole after every sample.
/// A failed Redis sample keeps the last streams and memory (they change slowly and alerts on
/// them should not flap during a Redis outage) and sets RedisUp false. A failed PostgreSQL
/// sample drops the PostgreSQL view, so its series disappear rather than freeze: a frozen
/// "longest query" would keep an alert firing after the blocker is gone, and the orchestrator
/// keeps its own connection open, so pool exhaustion (the case that matters) is still sampled.
/// RedisUp is null until the first Redis sample has been tried, so a restart does not flash 0.
public sealed record InfraSnapshot(RedisSample? Redis, bool? RedisUp, PostgresSample? Postgres)
{
    public static readonly InfraSnapshot Empty = new(null, null, null);

    public InfraSnapshot WithRedis(RedisSample sample) => this with { Redis = sample, RedisUp = true };

    public InfraSnapshot WithRedisFailure() => this with { RedisUp = false };

    public InfraSnapshot WithPostgres(PostgresSample sample) => this with { Postgres = sample };

    public InfraSnapshot WithPostgresFailure() => this with { Postgres = null };
}
