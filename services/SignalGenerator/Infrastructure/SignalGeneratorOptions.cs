using GameDay.SignalGenerator.Model;

namespace GameDay.SignalGenerator.Infrastructure;

/// Bound from the `SignalGenerator` section. Fast…RsiLower are the defaults used until a
/// calibration succeeds; `FailCalibration` is the chaos switch of catalog entry stale-calibration
/// (read at every run, so a reloaded configuration takes effect without a restart).
public sealed record SignalGeneratorOptions
{
    public const string Section = "SignalGenerator";

    public int Fast { get; init; } = 5;
    public int Slow { get; init; } = 20;
    public int RsiPeriod { get; init; } = 14;
    public double RsiUpper { get; init; } = 70;
    public double RsiLower { get; init; } = 30;

    /// Least distance, in basis points, of the fast average past the slow one for a crossover to count.
    public double MinSpreadBps { get; init; } = 6;

    /// At most one signal per symbol within this much market time.
    public TimeSpan Cooldown { get; init; } = TimeSpan.FromSeconds(20);

    public TimeSpan CalibrationInterval { get; init; } = TimeSpan.FromMinutes(10);

    /// Bars per symbol the calibration scores on, and the fewest it needs to replace the defaults.
    public int CalibrationLookbackBars { get; init; } = 240;
    public int CalibrationMinBars { get; init; } = 30;

    public bool FailCalibration { get; init; }

    public SignalParameters Defaults => new(Fast, Slow, RsiPeriod, RsiUpper, RsiLower);

    public bool IsValid() =>
        Defaults.IsValid() && MinSpreadBps >= 0 && Cooldown >= TimeSpan.Zero && CalibrationInterval > TimeSpan.Zero
        && CalibrationMinBars >= 2 && CalibrationLookbackBars >= CalibrationMinBars;
}
