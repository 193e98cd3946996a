using System.Diagnostics.Metrics;

namespace GameDay.ServiceDefaults.Workers;

/// What every <see cref="WorkerLoop"/> reports, labelled `worker`: the WorkerLoopFailing alert reads them.
internal static class WorkerMetrics
{
    private static readonly Meter Meter = new(Microsoft.Extensions.Hosting.Extensions.TelemetryPrefix + "Workers");

    public static readonly Counter<long> RoundFailures = Meter.CreateCounter<long>(
        "worker_round_failures", description: "Rounds of a background loop that threw; the loop tried again after its back-off");

    public static readonly UpDownCounter<long> Failing = Meter.CreateUpDownCounter<long>(
        "worker_failing", description: "1 while the latest round of a background loop failed, 0 once one succeeds");
}
