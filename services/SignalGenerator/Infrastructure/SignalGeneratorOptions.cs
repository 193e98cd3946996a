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

    /// Candidate strategies evaluated in shadow on every quote (<see cref="ShadowBook"/>); none by default.
    public int ShadowStrategies { get; init; }

    /// The decision audit (<see cref="DecisionAudit"/>): entries kept in memory, and prices of each symbol per entry.
    public AuditOptions Audit { get; init; } = new();

    public sealed record AuditOptions
    {
        public int Capacity { get; init; } = 100;
        public int Depth { get; init; } = 128;
    }

    public SignalParameters Defaults => new(Fast, Slow, RsiPeriod, RsiUpper, RsiLower);

    public bool IsValid() =>
        Defaults.IsValid() && MinSpreadBps >= 0 && Cooldown >= TimeSpan.Zero && CalibrationInterval > TimeSpan.Zero
        && CalibrationMinBars >= 2 && CalibrationLookbackBars >= CalibrationMinBars
        && ShadowStrategies is >= 0 and <= 100_000 && Audit is { Capacity: >= 0, Depth: >= 0 and <= 256 };
}
