namespace GameDay.Hosting;

/// What the control API and the tests see of one resource at one moment. `Restarts`: starts after the first, whoever
/// asked; `Crashes`: exits nobody asked for (the process died, or was killed from outside the stop and restart commands).
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
    ResourceUsage? Usage = null,
    int Crashes = 0)
{
    public bool IsHealthy => State == ResourceState.Running && Health == HealthStatus.Healthy;
}
