namespace GameDay.ServiceDefaults.Chaos;

/// The body of `PUT /admin/chaos/{scope}`:
/// `{"latencyMs":800,"faultRate":0.2,"injectionRate":1,"durationSeconds":300,"runId":"...","faultId":"..."}`.
/// `durationSeconds` is required, so chaos always ends by itself.
public sealed record ChaosRequest(
    double? LatencyMs, double? FaultRate, double? InjectionRate, double? DurationSeconds, string? RunId, string? FaultId)
{
    public static readonly TimeSpan MaxLatency = TimeSpan.FromMinutes(5);

    /// The first bad field and what is wrong with it; null when the request is valid.
    public (string Field, string Problem)? Check() =>
        LatencyMs is < 0 || LatencyMs > MaxLatency.TotalMilliseconds || LatencyMs is double.NaN
            ? ("latencyMs", $"must be between 0 and {MaxLatency.TotalMilliseconds:0}")
        : FaultRate is not null && !IsRate(FaultRate.Value) ? ("faultRate", "must be between 0 and 1")
        : InjectionRate is not null && !IsRate(InjectionRate.Value) ? ("injectionRate", "must be between 0 and 1")
        : (LatencyMs ?? 0) == 0 && (FaultRate ?? 0) == 0 ? ("latencyMs", "nothing to inject: set latencyMs or faultRate above 0")
        : DurationSeconds is null ? ("durationSeconds", "is required: chaos must end by itself")
        : DurationSeconds is not > 0 || DurationSeconds > ChaosState.MaxDuration.TotalSeconds
            ? ("durationSeconds", $"must be above 0 and at most {ChaosState.MaxDuration.TotalSeconds:0}")
        : null;

    public ChaosSetting ToSetting(DateTimeOffset now) => new(
        TimeSpan.FromMilliseconds(LatencyMs ?? 0), FaultRate ?? 0, now + TimeSpan.FromSeconds(DurationSeconds ?? 0),
        InjectionRate ?? 1, RunId, FaultId);

    private static bool IsRate(double value) => value is >= 0 and <= 1;
}
