using GameDay.Broker.Model;

namespace GameDay.Broker.Infrastructure;

/// Runs a matching cycle every `Broker:MatchInterval` (100 ms by default).
public sealed partial class MatchingLoop(Brokerage brokerage, BrokerOptions options, TimeProvider time, ILogger<MatchingLoop> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.MatchInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                brokerage.Matching.RunCycle();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogCycleFailed(ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Matching cycle failed")]
    private partial void LogCycleFailed(Exception ex);
}
