using GameDay.ServiceDefaults.Workers;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GameDay.ServiceDefaults.Chaos;

/// Drives <see cref="ResourcePressure"/>: leaks on schedule and ends the pressure at its time, ten times a second.
public sealed class PressureWorker(ResourcePressure pressure, TimeProvider time, ILogger<PressureWorker> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        new WorkerLoop("chaos-pressure", time, logger).RunPeriodicAsync(TimeSpan.FromMilliseconds(100), _ =>
        {
            pressure.Tick();
            return Task.CompletedTask;
        }, stoppingToken);
}
