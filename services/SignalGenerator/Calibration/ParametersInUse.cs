using GameDay.SignalGenerator.Model;

namespace GameDay.SignalGenerator.Calibration;

/// The parameters the tick handler uses and where they came from. A failed calibration only
/// records the failure: the last good parameters (and their age) stay in use.
public sealed class ParametersInUse(SignalParameters defaults, TimeProvider time)
{
    private volatile ParametersState _state = new(defaults, time.GetUtcNow(), "defaults", "ok", null, null);

    public SignalParameters Current => _state.Parameters;

    public ParametersState State => _state;

    public void Use(SignalParameters parameters, DateTimeOffset calibratedAt, string source) =>
        _state = _state with { Parameters = parameters, CalibratedAt = calibratedAt, Source = source, Status = "ok", Error = null };

    /// After a restart: the newest good parameters from the database, with their original age.
    public void Restore(SignalParameters parameters, DateTimeOffset calibratedAt) =>
        _state = _state with { Parameters = parameters, CalibratedAt = calibratedAt, Source = "restored" };

    public void Attempted(DateTimeOffset at) => _state = _state with { LastAttemptAt = at };

    public void Failed(string error) => _state = _state with { Status = "failed", Error = error };

    public double AgeSeconds => Math.Max(0, (time.GetUtcNow() - _state.CalibratedAt).TotalSeconds);
}

public sealed record ParametersState(
    SignalParameters Parameters, DateTimeOffset CalibratedAt, string Source, string Status, string? Error,
    DateTimeOffset? LastAttemptAt);
