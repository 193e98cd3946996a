using GameDay.SignalGenerator.Infrastructure;
using Microsoft.Extensions.Options;

namespace GameDay.SignalGenerator.Calibration;

/// One calibration at a time, whether from the schedule or forced through the admin API. A
/// failure is recorded (status `failed`) and the last good parameters stay in use.
public sealed partial class CalibrationRunner(
    CalibrationStore store, ParametersInUse inUse, IOptionsMonitor<SignalGeneratorOptions> options,
    SignalMetrics metrics, TimeProvider time, ILogger<CalibrationRunner> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<ParametersState> RunAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var settings = options.CurrentValue;
            var at = time.GetUtcNow();
            inUse.Attempted(at);
            try
            {
                if (settings.FailCalibration)
                {
                    throw new InvalidOperationException("Calibration disabled by SignalGenerator:FailCalibration (fault injection).");
                }
                var closes = await store.RecentClosesAsync(settings.CalibrationLookbackBars, cancellationToken);
                var outcome = ParameterSearch.Run(closes, settings.Defaults, settings.CalibrationMinBars);
                await store.RecordAsync(outcome.Parameters, outcome.Source, outcome.Score, "ok", null, at, cancellationToken);
                inUse.Use(outcome.Parameters, at, outcome.Source);
                metrics.Calibrated("ok");
                LogCalibrated(outcome.Parameters.ToString(), outcome.Source, outcome.Symbols);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                inUse.Failed(ex.Message);
                metrics.Calibrated("failed");
                LogCalibrationFailed(ex, inUse.Current.ToString(), inUse.AgeSeconds);
                await TryRecordFailureAsync(ex.Message, at, cancellationToken);
            }
            return inUse.State;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task TryRecordFailureAsync(string error, DateTimeOffset at, CancellationToken cancellationToken)
    {
        try
        {
            await store.RecordAsync(inUse.Current, inUse.State.Source, 0, "failed", error, at, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogRecordFailed(ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Calibrated {Parameters} ({Source}, {Symbols} symbols)")]
    private partial void LogCalibrated(string parameters, string source, int symbols);

    [LoggerMessage(Level = LogLevel.Error, Message = "Calibration failed; keeping last good parameters {Parameters} (age {AgeSeconds:F0} s)")]
    private partial void LogCalibrationFailed(Exception ex, string parameters, double ageSeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record the failed calibration: {Reason}")]
    private partial void LogRecordFailed(string reason);
}
