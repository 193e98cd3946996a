namespace GameDay.Hosting.Health;

/// One health check against a process's target port (never through the proxy, so faults do not fake outages).
internal interface IHealthProbe
{
    Task<bool> CheckAsync(CancellationToken ct);
}

internal static class HealthProbeExtensions
{
    /// A check that throws, whatever a client throws while the process dies under it, is a failed check: the loops
    /// that probe are also what see the process exit, and a probe must never end them.
    public static async Task<bool> PassesAsync(this IHealthProbe probe, CancellationToken ct)
    {
        try
        {
            return await probe.CheckAsync(ct);
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            return false;
        }
    }
}
