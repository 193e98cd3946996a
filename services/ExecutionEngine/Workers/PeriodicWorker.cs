using GameDay.Messaging;
using GameDay.ServiceDefaults.Workers;

namespace GameDay.ExecutionEngine.Workers;

/// A loop that runs `RunOnceAsync` every interval once the schema is ready, named after the worker
/// (`fill-poller`). A failing round is retried after a back-off (WorkerLoop): a database or venue
/// outage, or anything else, must not end the loop.
public abstract class PeriodicWorker(SchemaReady schema, TimeProvider time, ILogger logger) : BackgroundService
{
    protected TimeProvider Time { get; } = time;

    protected abstract TimeSpan Interval { get; }

    protected abstract Task RunOnceAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await schema.WaitAsync(stoppingToken);
        await new WorkerLoop(WorkerLoop.NameOf(GetType()), Time, logger).RunPeriodicAsync(Interval, RunOnceAsync, stoppingToken);
    }
}
