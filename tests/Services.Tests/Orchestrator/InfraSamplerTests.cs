using GameDay.Orchestrator.Infrastructure;
using GameDay.Orchestrator.Model;
using GameDay.Orchestrator.Monitoring;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GameDay.Services.Tests.Orchestrator;

public class InfraSamplerTests
{
    private sealed class FakeProbe<T>(T sample) : IInfraProbe<T>
    {
        public Func<CancellationToken, Task<T>> Next { get; set; } = _ => Task.FromResult(sample);

        public Task<T> SampleAsync(CancellationToken cancellationToken) => Next(cancellationToken);
    }

    private static readonly RedisSample RedisSample = new([new StreamSample("signals", 7, 0, [])], 1024, 0);
    private static readonly PostgresSample PostgresSample = new(PostgresActivity.ByState([("idle", 3)]), 100, 0, 0, []);

    private readonly FakeProbe<RedisSample> _redis = new(RedisSample);
    private readonly FakeProbe<PostgresSample> _postgres = new(PostgresSample);
    private readonly InfraState _state = new();

    private InfraSampler Sampler() => new(_redis, _postgres, _state,
        Options.Create(new InfraSamplerOptions { Timeout = TimeSpan.FromMilliseconds(50) }), TimeProvider.System,
        NullLogger<InfraSampler>.Instance);

    [Fact]
    public async Task ASuccessfulSampleReplacesTheSnapshot()
    {
        var sampler = Sampler();

        await sampler.SampleRedisAsync(CancellationToken.None);
        await sampler.SamplePostgresAsync(CancellationToken.None);

        Assert.Equal(new InfraSnapshot(RedisSample, true, PostgresSample), _state.Current);
    }

    [Fact]
    public async Task ARedisFailureKeepsTheStreamsAndMarksRedisDown()
    {
        var sampler = Sampler();
        await sampler.SampleRedisAsync(CancellationToken.None);
        _redis.Next = _ => throw new InvalidOperationException("connection refused");

        await sampler.SampleRedisAsync(CancellationToken.None);

        Assert.Equal(false, _state.Current.RedisUp);
        Assert.Same(RedisSample, _state.Current.Redis);
    }

    [Fact]
    public async Task APostgresFailureDropsThePostgresViewUntilTheNextGoodSample()
    {
        var sampler = Sampler();
        await sampler.SamplePostgresAsync(CancellationToken.None);
        _postgres.Next = _ => Task.FromException<PostgresSample>(new TimeoutException());

        await sampler.SamplePostgresAsync(CancellationToken.None);
        Assert.Null(_state.Current.Postgres);

        _postgres.Next = _ => Task.FromResult(PostgresSample);
        await sampler.SamplePostgresAsync(CancellationToken.None);
        Assert.Same(PostgresSample, _state.Current.Postgres);
    }

    [Fact]
    public async Task AProbeThatHangsPastTheTimeoutCountsAsFailedAndIsCancelled()
    {
        var sampler = Sampler();
        var cancelled = new TaskCompletionSource();
        _redis.Next = async ct =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
                cancelled.TrySetResult();
            }
            return RedisSample;
        };

        await sampler.SampleRedisAsync(CancellationToken.None);

        Assert.Equal(false, _state.Current.RedisUp);
        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task ARedisFailureLeavesThePostgresViewAlone()
    {
        var sampler = Sampler();
        await sampler.SamplePostgresAsync(CancellationToken.None);
        _redis.Next = _ => throw new InvalidOperationException("down");

        await sampler.SampleRedisAsync(CancellationToken.None);

        Assert.Same(PostgresSample, _state.Current.Postgres);
    }
}
