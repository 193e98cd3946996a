using GameDay.Broker.Model;
using GameDay.ServiceDefaults.Workers;

namespace GameDay.Broker.Infrastructure;

/// Runs a matching cycle every `Broker:MatchInterval` (100 ms by default).
public sealed class MatchingLoop(Brokerage brokerage, BrokerOptions options, TimeProvider time, ILogger<MatchingLoop> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await new WorkerLoop("matching", time, logger).RunPeriodicAsync(options.MatchInterval, _ =>
        {
            brokerage.Matching.RunCycle();
            return Task.CompletedTask;
        }, stoppingToken);
    }
}
