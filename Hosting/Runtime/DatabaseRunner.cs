using GameDay.Hosting.Health;

namespace GameDay.Hosting.Runtime;

/// A database has no process: its state follows the server, its health is its own probe (which creates it).
internal sealed class DatabaseRunner(Resource resource, RunnerServices services, ResourceLog log)
    : ResourceRunner(resource, services, log)
{
    private readonly CancellationTokenSource stopping = new();
    private Task? monitor;

    public override Task StartAsync(CancellationToken ct)
    {
        monitor ??= MonitorAsync(stopping.Token);
        return Task.CompletedTask;
    }

    public override async Task StopAsync()
    {
        await stopping.CancelAsync();
        if (monitor is not null)
        {
            await monitor;
        }

        lock (Gate)
        {
            State = ResourceState.Finished;
            Health = null;
        }
    }

    public override Task<CommandResult> ExecuteAsync(string command, CancellationToken ct) =>
        Task.FromResult(CommandResult.Invalid($"{Resource.Name} is a database; run {command} on {Resource.Parent!.Name}."));

    private async Task MonitorAsync(CancellationToken ct)
    {
        var server = Resource.Parent!;
        (int Port, IHealthProbe Probe)? probe = null;
        var healthy = false;
        try
        {
            while (!ct.IsCancellationRequested)
            {
                var parent = Services.Runner(server).Snapshot();
                if (parent.IsHealthy)
                {
                    var port = server.Endpoint!.TargetPort;
                    if (probe?.Port != port)
                    {
                        probe = (port, Resource.CreateHealthProbe(port)!);
                    }

                    var ok = await probe.Value.Probe.PassesAsync(ct);
                    Update(ResourceState.Running, ok ? HealthStatus.Healthy : HealthStatus.Unhealthy);
                    healthy = ok;
                }
                else
                {
                    healthy = false;
                    Update(parent.State switch
                    {
                        ResourceState.Running => ResourceState.Starting,
                        ResourceState.NotStarted => ResourceState.Waiting,
                        var other => other,
                    }, null);
                }

                await Task.Delay(healthy ? 1000 : 250, ct);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping: StopAsync sets the final state.
        }
    }

    private void Update(ResourceState state, HealthStatus? health)
    {
        lock (Gate)
        {
            if (state == ResourceState.Running && State != ResourceState.Running)
            {
                StartedAt = Services.Time.GetUtcNow();
                Log.System("database is available");
            }

            State = state;
            Health = health;
        }
    }
}
