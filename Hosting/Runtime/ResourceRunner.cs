namespace GameDay.Hosting.Runtime;

/// The live side of one resource: its state machine, commands, and the snapshot others read.
internal abstract class ResourceRunner(Resource resource, RunnerServices services, ResourceLog log)
{
    protected Lock Gate { get; } = new();

    public Resource Resource { get; } = resource;

    public ResourceLog Log { get; } = log;

    protected RunnerServices Services { get; } = services;

    private ResourceState state = ResourceState.NotStarted;

    protected ResourceState State
    {
        get => state;
        set
        {
            if (state == value) return;
            state = value;
            Services.StateChanges.Raise(Resource.Name, value);
        }
    }

    protected HealthStatus? Health { get; set; }

    protected int? Pid { get; set; }

    protected int Restarts { get; set; }

    /// Exits nobody asked for (see ResourceSnapshot).
    protected int Crashes { get; set; }

    protected DateTimeOffset? StartedAt { get; set; }

    protected int? ExitCode { get; set; }

    protected bool Paused { get; set; }

    /// When a start or restart was asked for, until the process it launched first passes its health check or exits.
    protected DateTimeOffset? StartRequestedAt { get; set; }

    /// The live process, if any (what the usage sampler measures).
    public int? ProcessId
    {
        get
        {
            lock (Gate) return Pid;
        }
    }

    public ResourceSnapshot Snapshot()
    {
        var endpoint = Resource.Endpoint ?? Resource.Parent?.Endpoint;
        EndpointSnapshot[] endpoints = endpoint is null ? []
            : [new(endpoint.Name, endpoint.Url, endpoint.PublicPort, endpoint.TargetPort, Services.Proxy(Resource)?.Path)];
        lock (Gate)
        {
            return new ResourceSnapshot(Resource.Name, Resource.Type, State, Health, Pid, Restarts, StartedAt, ExitCode, Paused, endpoints,
                Pid is null ? null : Services.Usage.For(Resource.Name), Crashes,
                StartRequestedAt is { } asked && Services.Time.GetUtcNow() - asked < ResourceSnapshot.StartGrace);
        }
    }

    /// Waits for dependencies, then launches; returns once launched (not once healthy) or failed.
    public abstract Task StartAsync(CancellationToken ct);

    public abstract Task StopAsync();

    public abstract Task<CommandResult> ExecuteAsync(string command, CancellationToken ct);

    /// True when every WaitFor dependency is Healthy; false when one can no longer start.
    protected async Task<bool> WaitForDependenciesAsync(CancellationToken ct)
    {
        var logged = false;
        while (true)
        {
            var snapshots = Resource.WaitsFor.Select(d => Services.Runner(d).Snapshot()).ToList();
            if (snapshots.All(s => s.IsHealthy))
            {
                return true;
            }

            if (snapshots.FirstOrDefault(s => s.State == ResourceState.FailedToStart) is { } failed)
            {
                Log.System($"dependency {failed.Name} failed to start");
                return false;
            }

            if (!logged)
            {
                Log.System("waiting for " + string.Join(", ", snapshots.Where(s => !s.IsHealthy).Select(s => s.Name)));
                logged = true;
            }

            await Task.Delay(100, ct);
        }
    }
}
