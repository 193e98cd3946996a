namespace GameDay.ServiceDefaults.Chaos;

/// What one scope injects until `ExpiresAt`: `Latency` on a share `InjectionRate` of executions, and a
/// <see cref="ChaosInjectedException"/> on a share `FaultRate`. `RunId` and `FaultId` name the scenario
/// run and the fault that turned it on, so the symptoms can be traced back to them.
public sealed record ChaosSetting(
    TimeSpan Latency,
    double FaultRate,
    DateTimeOffset ExpiresAt,
    double InjectionRate = 1,
    string? RunId = null,
    string? FaultId = null);
