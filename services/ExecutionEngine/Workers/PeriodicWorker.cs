using GameDay.Messaging;

namespace GameDay.ExecutionEngine.Workers;

/// A loop that runs `RunOnceAsync` every interval once the schema is ready. A failing round is logged
/// and the next one tries again: a database or venue outage must not end the loop.
public abstract partial class PeriodicWorker(SchemaReady schema, TimeProvider time, ILogger logger) : BackgroundService
{
    protected TimeProvider Time { get; } = time;

    protected abstract TimeSpan Interval { get; }

    protected abstract Task RunOnceAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await schema.WaitAsync(stoppingToken);
        using var timer = new PeriodicTimer(Interval, Time);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogRoundFailed(GetType().Name, ex.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Worker} round failed: {Reason}; retrying next round")]
    private partial void LogRoundFailed(string worker, string reason);
}
