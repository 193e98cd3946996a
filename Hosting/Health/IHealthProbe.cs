namespace GameDay.Hosting.Health;

/// One health check against a process's target port (never through the proxy, so faults do not fake outages).
internal interface IHealthProbe
{
    Task<bool> CheckAsync(CancellationToken ct);
}
