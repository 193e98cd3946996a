namespace GameDay.Hosting;

/// What the control API and the tests see of one resource at one moment. `Restarts`: starts after the first, whoever
/// asked; `Crashes`: exits nobody asked for (the process died, or was killed from outside the stop and restart commands);
/// `WarmingUp`: started or restarted on request, launched less than <see cref="StartGrace"/> ago (or its old process still
/// stopping) and not healthy since — a start, not an outage (ServiceDown waits it out; a process that exits or stays
/// unhealthy past the grace is down).
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
    int Crashes = 0,
    bool WarmingUp = false)
{
    public static readonly TimeSpan StartGrace = TimeSpan.FromSeconds(30);

    public bool IsHealthy => State == ResourceState.Running && Health == HealthStatus.Healthy;
}
