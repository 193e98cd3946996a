using System.Collections.Concurrent;
using Aspire.Hosting.ApplicationModel;
using GameDay.Hosting;
using GameDay.Hosting.Processes;
using Microsoft.Extensions.Hosting;
using AspireHealth = Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus;

namespace GameDay.Infrastructure.Control;

/// The resources of an Aspire application as GameDay's control API, chaos and drills see them: a ResourceSnapshot per
/// resource from ResourceNotificationService's events, with what Aspire does not count (restarts, and crashes: exits
/// nobody asked for); and the resource commands: start, stop and restart through ResourceCommandService, kill, pause
/// and resume as signals to the executable's process tree (a wrapper's child too, such as PostgreSQL's server).
public sealed class ResourceTracker(ResourceNotificationService notifications, ResourceCommandService commands) : BackgroundService
{
    private readonly ConcurrentDictionary<string, Tracked> resources = new(StringComparer.Ordinal);

    public IReadOnlyList<ResourceSnapshot> Snapshots() =>
        [.. resources.Values.Select(t => t.Snapshot()).OfType<ResourceSnapshot>().OrderBy(s => s.Name, StringComparer.Ordinal)];

    public ResourceSnapshot? Find(string resource) => resources.TryGetValue(resource, out var tracked) ? tracked.Snapshot() : null;

    public async Task<CommandResult> ExecuteCommandAsync(string resource, string command, CancellationToken ct)
    {
        if (!resources.TryGetValue(resource, out var tracked)) return CommandResult.Invalid($"No resource is named '{resource}'.");
        switch (command)
        {
            case ResourceCommands.Start or ResourceCommands.Stop or ResourceCommands.Restart:
                if (command != ResourceCommands.Start) tracked.ExpectExit(true);
                var name = command switch
                {
                    ResourceCommands.Start => KnownResourceCommands.StartCommand,
                    ResourceCommands.Stop => KnownResourceCommands.StopCommand,
                    _ => KnownResourceCommands.RestartCommand,
                };
                var result = await commands.ExecuteCommandAsync(tracked.ResourceId, name, ct);
                if (!result.Success) tracked.ExpectExit(false);
                return result.Success ? CommandResult.Ok($"{resource}: {command}") : CommandResult.Invalid(result.Message ?? $"{command} failed");
            case ResourceCommands.Kill or ResourceCommands.Pause or ResourceCommands.Resume:
                return tracked.Signal(command);
            default:
                return CommandResult.Invalid($"'{command}' is not a command of {resource}.");
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var resourceEvent in notifications.WatchAsync(stoppingToken))
            {
                resources.GetOrAdd(resourceEvent.Resource.Name, _ => new Tracked()).Observe(resourceEvent);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private sealed class Tracked
    {
        private readonly Lock gate = new();
        private ResourceEvent? last;
        private int? pid;
        private bool started;
        private bool exitExpected;
        private bool paused;
        private int restarts;
        private int crashes;

        public string ResourceId
        {
            get
            {
                lock (gate) return last!.ResourceId;
            }
        }

        /// The next exit was asked for (stop, restart): not a crash.
        public void ExpectExit(bool expected)
        {
            lock (gate) exitExpected = expected;
        }

        public void Observe(ResourceEvent resourceEvent)
        {
            lock (gate)
            {
                last = resourceEvent;
                var state = StateOf(resourceEvent.Snapshot);
                var current = PidOf(resourceEvent.Snapshot);
                // A new process ends the last one even when its exit was not seen (updates can come too close together).
                if (state is ResourceState.Exited or ResourceState.Finished or ResourceState.FailedToStart
                    || (state == ResourceState.Running && current is not null && current != pid))
                {
                    if (pid is not null) crashes += exitExpected ? 0 : 1;
                    (pid, paused, exitExpected) = (null, false, false);
                }
                if (state == ResourceState.Running && current is not null && pid is null)
                {
                    restarts += started ? 1 : 0;
                    (started, pid) = (true, current);
                }
            }
        }

        public CommandResult Signal(string command)
        {
            lock (gate)
            {
                if (pid is not { } root) return CommandResult.Invalid($"{last?.Resource.Name} is not running.");
                var (signal, done) = command switch
                {
                    ResourceCommands.Kill => (Native.SIGKILL, "killed"),
                    ResourceCommands.Pause => (Native.SIGSTOP, "paused"),
                    _ => (Native.SIGCONT, "resumed"),
                };
                if (command == ResourceCommands.Pause && paused) return CommandResult.Invalid($"{last?.Resource.Name} is already paused.");
                if (command == ResourceCommands.Resume && !paused) return CommandResult.Invalid($"{last?.Resource.Name} is not paused.");
                // The children first, so that none reacts to its parent's end (a wrapper's server, a postmaster's backends).
                foreach (var child in ProcStat.Descendants(root).Reverse()) Native.Signal(child.Pid, signal);
                Native.Signal(root, signal);
                paused = command == ResourceCommands.Pause;
                return CommandResult.Ok($"{last?.Resource.Name} {done} (pid {root})");
            }
        }

        public ResourceSnapshot? Snapshot()
        {
            lock (gate)
            {
                if (last is null) return null;
                var snapshot = last.Snapshot;
                var state = StateOf(snapshot);
                return new ResourceSnapshot(
                    last.Resource.Name,
                    snapshot.ResourceType,
                    state,
                    state != ResourceState.Running ? null : snapshot.HealthStatus switch
                    {
                        AspireHealth.Healthy => HealthStatus.Healthy,
                        null => null,
                        _ => HealthStatus.Unhealthy,
                    },
                    pid,
                    restarts,
                    snapshot.StartTimeStamp is { } at ? new DateTimeOffset(at, TimeSpan.Zero) : null,
                    snapshot.ExitCode,
                    paused,
                    [],
                    Crashes: crashes);
            }
        }

        private static ResourceState StateOf(CustomResourceSnapshot snapshot) => snapshot.State?.Text switch
        {
            var s when s == KnownResourceStates.Running => ResourceState.Running,
            // A stopping process is still there: its exit makes it Exited or Finished.
            var s when s == KnownResourceStates.Stopping => ResourceState.Running,
            var s when s == KnownResourceStates.Starting => ResourceState.Starting,
            var s when s == KnownResourceStates.Waiting => ResourceState.Waiting,
            var s when s == KnownResourceStates.FailedToStart => ResourceState.FailedToStart,
            var s when s == KnownResourceStates.Exited => ResourceState.Exited,
            var s when s == KnownResourceStates.Finished => ResourceState.Finished,
            _ => ResourceState.NotStarted,
        };

        private static int? PidOf(CustomResourceSnapshot snapshot) =>
            snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value is { } value
                ? Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)
                : null;
    }
}
