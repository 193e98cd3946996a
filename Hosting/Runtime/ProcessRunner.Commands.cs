using GameDay.Hosting.Processes;

namespace GameDay.Hosting.Runtime;

internal sealed partial class ProcessRunner
{
    public override async Task<CommandResult> ExecuteAsync(string command, CancellationToken ct)
    {
        var (state, child, paused, monitor) = Current();
        switch (command)
        {
            case ResourceCommands.Start or ResourceCommands.Restart when Services.Stopping.IsCancellationRequested:
                return CommandResult.Invalid($"{Resource.Name} cannot {command}: the AppHost is shutting down.");
            case ResourceCommands.Start when state is ResourceState.Running or ResourceState.Starting or ResourceState.Waiting:
                return CommandResult.Invalid($"{Resource.Name} is already {state}.");
            case ResourceCommands.Start:
                await StartAsync(ct);
                return Done("started");
            case ResourceCommands.Stop when child is null && state != ResourceState.Waiting:
                return CommandResult.Invalid($"{Resource.Name} is not running ({state}).");
            case ResourceCommands.Stop:
                await StopAsync();
                return Done("stopped");
            case ResourceCommands.Restart when state == ResourceState.Waiting:
                return CommandResult.Invalid($"{Resource.Name} is still waiting for its dependencies.");
            case ResourceCommands.Restart:
                lock (Gate)
                {
                    (restarting, StartRequestedAt) = (true, Services.Time.GetUtcNow());
                }

                try
                {
                    await StopAsync();
                    lock (Gate)
                    {
                        stopRequested = false;
                    }

                    await LaunchAsync(ct);
                }
                finally
                {
                    lock (Gate)
                    {
                        // A restart that launched nothing (the AppHost is shutting down) warms nothing up.
                        (restarting, StartRequestedAt) = (false, process is null ? null : StartRequestedAt);
                    }
                }

                return Done("restarted");
            case ResourceCommands.Kill or ResourceCommands.Pause or ResourceCommands.Resume when child is null:
                return CommandResult.Invalid($"{Resource.Name} has no running process ({state}).");
            case ResourceCommands.Kill:
                await Reaper.KillTreeAsync(child!.Pid, child.StartTime, TimeSpan.FromSeconds(15), ct);
                await WaitForMonitorAsync(monitor);
                return Done("killed");
            case ResourceCommands.Pause when paused:
                return CommandResult.Invalid($"{Resource.Name} is already paused.");
            case ResourceCommands.Pause:
                SetPaused(child!, true, Native.SIGSTOP);
                return Done("paused");
            case ResourceCommands.Resume when !paused:
                return CommandResult.Invalid($"{Resource.Name} is not paused.");
            case ResourceCommands.Resume:
                SetPaused(child!, false, Native.SIGCONT);
                return Done("resumed");
            default:
                return new CommandResult(CommandOutcome.UnknownCommand, $"unknown command '{command}'");
        }
    }

    private CommandResult Done(string what)
    {
        var snapshot = Snapshot();
        return CommandResult.Ok($"{Resource.Name} {what}: {snapshot.State}" + (snapshot.Pid is { } pid ? $" (pid {pid})" : ""));
    }

    private (ResourceState State, ChildProcess? Child, bool Paused, Task? Monitor) Current()
    {
        lock (Gate)
        {
            return (State, process, Paused, monitor);
        }
    }

    private void SetPaused(ChildProcess child, bool paused, int signal)
    {
        child.SignalGroup(signal);
        lock (Gate)
        {
            Paused = paused;
        }

        Log.System(paused ? "paused (SIGSTOP)" : "resumed (SIGCONT)");
    }

    /// Stop signal, then SIGKILL after 10 s; a paused process gets SIGCONT so it can act on the signal.
    private async Task StopProcessAsync()
    {
        var (_, child, paused, monitor) = Current();
        if (child is null)
        {
            return;
        }

        Log.System("stopping");
        child.Signal(child.StopSignal);
        if (paused)
        {
            child.SignalGroup(Native.SIGCONT);
        }

        if (await Task.WhenAny(child.Exited, Task.Delay(StopTimeout)) != child.Exited)
        {
            Log.System($"did not stop within {StopTimeout.TotalSeconds:0} s; killing");
            await Reaper.KillTreeAsync(child.Pid, child.StartTime, TimeSpan.FromSeconds(15), CancellationToken.None);
        }

        await WaitForMonitorAsync(monitor);
    }

    private static async Task WaitForMonitorAsync(Task? monitor)
    {
        if (monitor is not null)
        {
            await monitor;
        }
    }

    /// For preparatory steps such as initdb: same launch path (setsid, setpriv), output into this resource's log.
    private async Task<int> RunToCompletionAsync(LaunchSpec spec, CancellationToken ct)
    {
        var child = ChildProcess.Start(spec, Log.Write);
        await using (ct.Register(() => child.SignalGroup(Native.SIGKILL)))
        {
            return await child.Exited;
        }
    }
}
