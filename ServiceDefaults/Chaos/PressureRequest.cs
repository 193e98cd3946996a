namespace GameDay.ServiceDefaults.Chaos;

/// The body of `PUT /admin/chaos/pressure`:
/// `{"leakMbPerSecond":2,"leakCapMb":768,"cpuCores":1,"durationSeconds":300,"runId":"...","faultId":"..."}`.
public sealed record PressureRequest(
    double? LeakMbPerSecond, int? LeakCapMb, int? CpuCores, double? DurationSeconds, string? RunId, string? FaultId)
{
    public const double MaxLeakMbPerSecond = 256;
    public const int MaxLeakCapMb = 4096;
    public const int MaxCpuCores = 8;
    public const int DefaultLeakCapMb = 768;

    /// The first bad field and what is wrong with it; null when the request is valid.
    public (string Field, string Problem)? Check() =>
        LeakMbPerSecond is < 0 or > MaxLeakMbPerSecond or double.NaN ? ("leakMbPerSecond", $"must be between 0 and {MaxLeakMbPerSecond}")
        : LeakCapMb is < 1 or > MaxLeakCapMb ? ("leakCapMb", $"must be between 1 and {MaxLeakCapMb}")
        : CpuCores is < 0 or > MaxCpuCores ? ("cpuCores", $"must be between 0 and {MaxCpuCores}")
        : (LeakMbPerSecond ?? 0) == 0 && (CpuCores ?? 0) == 0 ? ("leakMbPerSecond", "nothing to inject: set leakMbPerSecond or cpuCores above 0")
        : DurationSeconds is null ? ("durationSeconds", "is required: the pressure must end by itself")
        : DurationSeconds is not > 0 || DurationSeconds > ChaosState.MaxDuration.TotalSeconds
            ? ("durationSeconds", $"must be above 0 and at most {ChaosState.MaxDuration.TotalSeconds:0}")
        : null;

    public PressureSetting ToSetting(DateTimeOffset now) => new(
        LeakMbPerSecond ?? 0, LeakCapMb ?? DefaultLeakCapMb, CpuCores ?? 0, now + TimeSpan.FromSeconds(DurationSeconds ?? 0), RunId, FaultId);
}
