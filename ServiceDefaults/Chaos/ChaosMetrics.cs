using System.Diagnostics.Metrics;
using Microsoft.Extensions.Hosting;

namespace GameDay.ServiceDefaults.Chaos;

/// `chaos_active{scope}`: 1 while a scope injects chaos, else 0, and `chaos_leaked_bytes`, so the dashboard and
/// Prometheus see app and process faults next to the symptoms they cause.
public sealed class ChaosMetrics
{
    public const string MeterName = Extensions.TelemetryPrefix + "ServiceDefaults.Chaos";

    public ChaosMetrics(IMeterFactory meters, ChaosState state, ResourcePressure pressure)
    {
        var meter = meters.Create(MeterName);
        meter.CreateObservableGauge("chaos_active",
            () => ChaosScopes.All.Select(scope =>
                new Measurement<int>(state.IsActive(scope) ? 1 : 0, new KeyValuePair<string, object?>("scope", scope)))
                .Concat(Pressure(pressure.Current)),
            description: "1 while the scope injects chaos (app-layer fault; memory and cpu: a process-layer leak or burn), else 0");
        meter.CreateObservableGauge("chaos_leaked_bytes", () => pressure.LeakedBytes, unit: "By",
            description: "Memory a memory-leak fault holds in this process");
    }

    private static IEnumerable<Measurement<int>> Pressure(PressureSetting? setting)
    {
        yield return new Measurement<int>(setting is { LeakMbPerSecond: > 0 } ? 1 : 0, new KeyValuePair<string, object?>("scope", "memory"));
        yield return new Measurement<int>(setting is { CpuCores: > 0 } ? 1 : 0, new KeyValuePair<string, object?>("scope", "cpu"));
    }
}
