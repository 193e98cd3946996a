using GameDay.Messaging;
using GameDay.ServiceDefaults.Workers;
using GameDay.SignalGenerator.Infrastructure;
using Microsoft.Extensions.Options;

namespace GameDay.SignalGenerator.Calibration;

/// At start restores the newest good parameters from the database (so a restart keeps their
/// age honest), then calibrates at once and every `CalibrationInterval`.
public sealed partial class Calibrator(
    CalibrationRunner runner, CalibrationStore store, ParametersInUse inUse, IOptions<SignalGeneratorOptions> options,
    SchemaReady schema, TimeProvider time, ILogger<Calibrator> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await schema.WaitAsync(stoppingToken);
        await RestoreAsync(stoppingToken);
        await new WorkerLoop("calibrator", time, logger).RunPeriodicAsync(options.Value.CalibrationInterval, runner.RunAsync, stoppingToken);
    }

    private async Task RestoreAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (await store.LatestGoodAsync(stoppingToken) is { } good)
            {
                inUse.Restore(good.Parameters, good.CalibratedAt);
                LogRestored(good.Parameters.ToString(), good.CalibratedAt);
            }
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            LogRestoreFailed(ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Restored last good parameters {Parameters} calibrated at {CalibratedAt}")]
    private partial void LogRestored(string parameters, DateTimeOffset calibratedAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not load the last good parameters ({Reason}); using the defaults")]
    private partial void LogRestoreFailed(string reason);
}
