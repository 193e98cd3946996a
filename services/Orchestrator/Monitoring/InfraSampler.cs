using GameDay.Orchestrator.Infrastructure;
using GameDay.Orchestrator.Model;
using GameDay.ServiceDefaults.Workers;
using Microsoft.Extensions.Options;

namespace GameDay.Orchestrator.Monitoring;

/// Samples Redis and PostgreSQL every interval into InfraState for the gauges. The two run as
/// separate loops so that a hung database does not delay `redis_up`, and the reverse. Failures
/// are logged when a view goes down and when it comes back, not on every tick.
public sealed partial class InfraSampler(
    IInfraProbe<RedisSample> redis, IInfraProbe<PostgresSample> postgres, InfraState state,
    IOptions<InfraSamplerOptions> options, TimeProvider time, ILogger<InfraSampler> logger) : BackgroundService
{
    private bool _redisDown;
    private bool _postgresDown;

    public async Task SampleRedisAsync(CancellationToken cancellationToken)
    {
        var error = await TrySampleAsync(redis, s => state.Update(x => x.WithRedis(s)), cancellationToken);
        if (error is not null) state.Update(x => x.WithRedisFailure());
        _redisDown = Report("Redis", _redisDown, error);
    }

    public async Task SamplePostgresAsync(CancellationToken cancellationToken)
    {
        var error = await TrySampleAsync(postgres, s => state.Update(x => x.WithPostgres(s)), cancellationToken);
        if (error is not null) state.Update(x => x.WithPostgresFailure());
        _postgresDown = Report("PostgreSQL", _postgresDown, error);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.WhenAll(
        new WorkerLoop("infra-sampler/redis", time, logger).RunPeriodicAsync(options.Value.Interval, SampleRedisAsync, stoppingToken),
        new WorkerLoop("infra-sampler/postgres", time, logger).RunPeriodicAsync(options.Value.Interval, SamplePostgresAsync, stoppingToken));

    // Returns the failure, or null after applying the sample. A probe that outlives the timeout is
    // cancelled and counts as failed.
    private async Task<Exception?> TrySampleAsync<T>(IInfraProbe<T> probe, Action<T> apply, CancellationToken cancellationToken)
    {
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            apply(await probe.SampleAsync(abandon.Token).WaitAsync(options.Value.Timeout, time, cancellationToken));
            return null;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            await abandon.CancelAsync();
            return ex;
        }
    }

    private bool Report(string target, bool wasDown, Exception? error)
    {
        if (error is not null && !wasDown) LogSampleFailed(target, error.GetType().Name, error.Message);
        if (error is null && wasDown) LogSampleRecovered(target);
        return error is not null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sampling {Target} for the infrastructure metrics failed ({ErrorType}: {Reason}); retrying every interval")]
    private partial void LogSampleFailed(string target, string errorType, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sampling {Target} for the infrastructure metrics works again")]
    private partial void LogSampleRecovered(string target);
}
