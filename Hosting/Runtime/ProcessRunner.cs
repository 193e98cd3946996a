using GameDay.Hosting.Health;
using GameDay.Hosting.Processes;

namespace GameDay.Hosting.Runtime;

/// Runs one resource as a child process: launch, health polling, exit handling, pid file.
internal sealed partial class ProcessRunner(Resource resource, RunnerServices services, ResourceLog log)
    : ResourceRunner(resource, services, log)
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);
    private readonly SemaphoreSlim operations = new(1, 1);
    private ChildProcess? process;
    private Task? monitor;
    private CancellationTokenSource? waiting;
    private bool stopRequested;
    private bool restarting;
    private int launches;

    public override async Task StartAsync(CancellationToken ct)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct, Services.Stopping);
        lock (Gate)
        {
            waiting = wait;
            stopRequested = false;
            StartRequestedAt = Services.Time.GetUtcNow();
            State = Resource.WaitsFor.Count > 0 ? ResourceState.Waiting : State;
        }

        try
        {
            if (Resource.WaitsFor.Count > 0 && !await WaitForDependenciesAsync(wait.Token))
            {
                SetFinalState(ResourceState.FailedToStart);
                return;
            }
        }
        catch (OperationCanceledException)
        {
            SetFinalState(ResourceState.Finished);
            return;
        }
        finally
        {
            lock (Gate)
            {
                waiting = null;
            }
        }

        await LaunchAsync(ct);
    }

    public override async Task StopAsync()
    {
        lock (Gate)
        {
            stopRequested = true;
            waiting?.Cancel();
        }

        await operations.WaitAsync();
        try
        {
            await StopProcessAsync();
        }
        finally
        {
            operations.Release();
        }
    }

    private async Task LaunchAsync(CancellationToken ct)
    {
        await operations.WaitAsync(ct);
        try
        {
            if (process is not null)
            {
                return;
            }

            lock (Gate)
            {
                if (stopRequested || Services.Stopping.IsCancellationRequested)
                {
                    return;
                }

                (State, Health, ExitCode, Paused) = (ResourceState.Starting, null, null, false);
                StartRequestedAt = Services.Time.GetUtcNow();
            }

            await LaunchProcessAsync(ct);
        }
        catch (Exception e) when (e is LaunchException or IOException or UnauthorizedAccessException or InvalidOperationException
            or System.ComponentModel.Win32Exception)
        {
            Log.System("failed to start: " + e.Message);
            SetFinalState(ResourceState.FailedToStart);
        }
        finally
        {
            operations.Release();
        }
    }

    private async Task LaunchProcessAsync(CancellationToken ct)
    {
        var endpoint = Resource.Endpoint;
        var target = endpoint is null ? 0 : Services.Ports.Next();
        var context = new LaunchContext(
            Services.Run, Services.InheritedEnvironment, target, Secrets.RandomString(8).ToLowerInvariant(), Log.System, RunToCompletionAsync)
        {
            Resources = Services.Resources,
            ControlUrl = Services.ControlUrl(),
        };
        var spec = await Resource.PrepareAsync(context, ct);
        var child = ChildProcess.Start(spec, Log.Write);
        new PidFile(child.Pid, child.StartTime).Write(Services.Run.Paths.PidFile(Resource.Name));
        if (endpoint is not null)
        {
            endpoint.TargetPort = target;
            Services.Proxy(Resource)!.TargetPort = target;
        }

        var probe = target == 0 ? null : Resource.CreateHealthProbe(target);
        lock (Gate)
        {
            // Set together, so that kill waits for the monitor of the process it killed, not of a newer one.
            process = child;
            monitor = MonitorAsync(child, probe);
            Pid = child.Pid;
            StartedAt = Services.Time.GetUtcNow();
            Restarts += launches++ > 0 ? 1 : 0;
            State = ResourceState.Running;
            Health = probe is null ? HealthStatus.Healthy : HealthStatus.Unhealthy;
            StartRequestedAt = probe is null ? null : StartRequestedAt;
        }

        Log.System($"started pid {child.Pid}" + (target == 0 ? "" : $" on target port {target}"));
    }

    private async Task MonitorAsync(ChildProcess child, IHealthProbe? probe)
    {
        // Started under Gate (see LaunchProcessAsync): no probe and no OnExited may run while it is held.
        await Task.Yield();
        var everHealthy = false;
        while (!child.Exited.IsCompleted)
        {
            if (probe is not null)
            {
                var ok = await probe.PassesAsync(CancellationToken.None);
                everHealthy |= ok;
                lock (Gate)
                {
                    if (process == child && !Paused)
                    {
                        Health = ok ? HealthStatus.Healthy : HealthStatus.Unhealthy;
                        // Only a process launched after the request ends its grace: the answer of the process being
                        // restarted, to a check sent before it was asked to stop, does not.
                        StartRequestedAt = ok && StartRequestedAt is { } asked && StartedAt >= asked ? null : StartRequestedAt;
                    }
                    else if (process == child)
                    {
                        // A stopped (SIGSTOP) process cannot answer; report it as such rather than as a timeout later.
                        Health = HealthStatus.Unhealthy;
                    }
                }
            }

            await Task.WhenAny(child.Exited, Task.Delay(everHealthy ? 1000 : 250));
        }

        OnExited(child, await child.Exited);
    }

    private void OnExited(ChildProcess child, int code)
    {
        // Whatever the process left in its group (children of a shell, postgres backends) goes with it. The leader is
        // reaped: while members of its group remain the kernel keeps its pid from reuse; once the group is empty, a
        // process with that pid is someone else's, so the group is signalled only if it has members and the pid is free.
        if (ProcStat.Read(child.Pid) is null && ProcStat.GroupAlive(child.Pid))
        {
            child.SignalGroup(Native.SIGKILL);
        }

        File.Delete(Services.Run.Paths.PidFile(Resource.Name));
        if (Resource.Endpoint is not null)
        {
            Services.Proxy(Resource)!.TargetPort = 0;
        }

        lock (Gate)
        {
            process = null;
            (Pid, Health, ExitCode, Paused) = (null, null, code, false);
            // The exit of a process being restarted keeps the restart's grace; any other exit (a stop, a crash) ends it.
            StartRequestedAt = restarting ? StartRequestedAt : null;
            State = stopRequested ? ResourceState.Finished : ResourceState.Exited;
            Crashes += stopRequested ? 0 : 1;
        }

        Log.System($"pid {child.Pid} exited with code {code}");
    }

    private void SetFinalState(ResourceState state)
    {
        lock (Gate)
        {
            State = state;
            Health = null;
            StartRequestedAt = null;
        }
    }
}
