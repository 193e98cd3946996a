namespace GameDay.Hosting;

/// What the control API and the tests see of one resource at one moment.
public sealed record ResourceSnapshot(
    string Name,
    string Type,
    ResourceState State,
    HealthStatus? Health,
    int? Pid,
    int Restarts,
    DateTimeOffset? StartedAt,
    int? ExitCode,
    bool Paused,
    IReadOnlyList<EndpointSnapshot> Endpoints,
    ResourceUsage? Usage = null)
{
    public bool IsHealthy => State == ResourceState.Running && Health == HealthStatus.Healthy;
}
