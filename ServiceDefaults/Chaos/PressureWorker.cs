using Microsoft.Extensions.Hosting;

namespace GameDay.ServiceDefaults.Chaos;

/// Drives <see cref="ResourcePressure"/>: leaks on schedule and ends the pressure at its time, ten times a second.
public sealed class PressureWorker(ResourcePressure pressure, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) pressure.Tick();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
