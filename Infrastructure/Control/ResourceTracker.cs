using System.Collections.Concurrent;
using Aspire.Hosting.ApplicationModel;
using GameDay.Hosting;
using GameDay.Hosting.Processes;
using HealthCheckService = Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckService;
using Microsoft.Extensions.Hosting;
using AspireHealth = Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus;

namespace GameDay.Infrastructure.Control;

/// The resources of an Aspire application as GameDay's control API, chaos and drills see them: a ResourceSnapshot per
/// resource from ResourceNotificationService's events, with what Aspire does not count (restarts, and crashes: exits
/// nobody asked for); and the resource commands: start, stop and restart through ResourceCommandService, kill, pause
/// and resume as signals to the executable's process tree (a wrapper's child too, such as PostgreSQL's server).
/// Health is the tracker's own: Aspire checks a resource that is not healthy after 1, 2, 3, 4, then every 5 s, and a
/// healthy one every 30 s, so a restarted service read unhealthy for seconds after it answered (long enough to page)
/// and a hung one healthy for half a minute. The tracker runs each resource's health checks itself, every 250 ms until
/// it is healthy after a start, then every second, each resource on its own.
public sealed class ResourceTracker(ResourceNotificationService notifications, ResourceCommandService commands,
    HealthCheckService healthChecks, TimeProvider time) : BackgroundService
{
    private static readonly TimeSpan UntilHealthy = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan WhileHealthy = TimeSpan.FromSeconds(1);
    // A service's /health answers in milliseconds; a loaded machine (two stacks on two cores) can take a second.
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(2);
    private readonly ConcurrentDictionary<string, Tracked> resources = new(StringComparer.Ordinal);

    /// Each change of a resource's state as the tracker sees it.
    public ResourceStateChanges StateChanges { get; } = new();

    public IReadOnlyList<ResourceSnapshot> Snapshots() =>
        [.. resources.Values.Select(t => t.Snapshot(time.GetUtcNow())).OfType<ResourceSnapshot>().OrderBy(s => s.Name, StringComparer.Ordinal)];

    /// The instance's id for Aspire's services (its log, its commands), once created.
    public string? ResourceIdOf(string resource) => resources.TryGetValue(resource, out var tracked) ? tracked.ResourceId : null;

    public ResourceSnapshot? Find(string resource) =>
        resources.TryGetValue(resource, out var tracked) ? tracked.Snapshot(time.GetUtcNow()) : null;

    public async Task<CommandResult> ExecuteCommandAsync(string resource, string command, CancellationToken ct)
    {
        if (!resources.TryGetValue(resource, out var tracked)) return new CommandResult(CommandOutcome.UnknownResource, $"No resource is named '{resource}'.");
        switch (command)
        {
            case ResourceCommands.Start or ResourceCommands.Stop or ResourceCommands.Restart:
                if (tracked.ResourceId is not { } resourceId) return CommandResult.Invalid($"{resource} has not been created yet.");
                if (command != ResourceCommands.Start)
                {
                    // A stopped process cannot act on the stop signal: it would stay, stopped, past the stop.
                    if (tracked.Paused) tracked.Signal(ResourceCommands.Resume);
                    tracked.ExpectExit(true);
                }
                if (command != ResourceCommands.Stop) tracked.WarmUp(time.GetUtcNow());
                var name = command switch
                {
                    ResourceCommands.Start => KnownResourceCommands.StartCommand,
                    ResourceCommands.Stop => KnownResourceCommands.StopCommand,
                    _ => KnownResourceCommands.RestartCommand,
                };
                var result = await commands.ExecuteCommandAsync(resourceId, name, ct);
                if (!result.Success) tracked.CommandFailed();
                return result.Success ? CommandResult.Ok($"{resource}: {command}") : CommandResult.Invalid(result.Message ?? $"{command} failed");
            case ResourceCommands.Kill:
                var killed = tracked.Signal(command, out var tree);
                // Gone (or a zombie) before the answer, so that a start right after finds no old process holding a port or
                // a lock file.
                for (var waited = 0; waited < 50 && tree.Any(ProcStat.IsAlive); waited++) await Task.Delay(100, ct);
                return killed;
            case ResourceCommands.Pause or ResourceCommands.Resume:
                return tracked.Signal(command);
            default:
                return new CommandResult(CommandOutcome.UnknownCommand, $"'{command}' is not a command of {resource}.");
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var checking = CheckHealthAsync(stoppingToken);
        try
        {
            await foreach (var resourceEvent in notifications.WatchAsync(stoppingToken))
            {
                // Parameters (passwords, the admin token) are values, not parts of the stack.
                if (resourceEvent.Resource is ParameterResource) continue;
                resources.GetOrAdd(resourceEvent.Resource.Name, _ => new Tracked(StateChanges)).Observe(resourceEvent);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        await checking;
    }

    /// Each resource's checks run on their own (one that hangs to its timeout delays no other); a resource is never
    /// checked twice at once.
    private async Task CheckHealthAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(UntilHealthy, time);
        var running = new List<Task>();
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                var now = time.GetUtcNow();
                running.RemoveAll(t => t.IsCompleted);
                foreach (var resource in resources.Values)
                {
                    if (resource.CheckDue(now, UntilHealthy, WhileHealthy) is { } due) running.Add(CheckAsync(resource, due, ct));
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        await Task.WhenAll(running);
    }

    private async Task CheckAsync(Tracked resource, Tracked.Due due, CancellationToken ct)
    {
        var health = HealthStatus.Unhealthy;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(CheckTimeout);
            var report = await healthChecks.CheckHealthAsync(check => due.Checks.Contains(check.Name), timeout.Token);
            health = report.Status == AspireHealth.Healthy ? HealthStatus.Healthy : HealthStatus.Unhealthy;
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            // A check that times out or throws is a failed check.
        }
        catch (OperationCanceledException)
        {
            // The application is stopping.
        }
        finally
        {
            resource.Checked(due, health);
        }
    }

    private sealed class Tracked(ResourceStateChanges changes)
    {
        private readonly Lock gate = new();
        private ResourceEvent? last;
        private int? pid;
        private ulong? pidStartTime;
        private bool started;
        private bool exitExpected;
        private bool paused;
        private int restarts;
        private int crashes;
        // The tracker's own health of the current start (`generation`), and when it was last checked.
        private long generation;
        private HealthStatus? health;
        private DateTimeOffset checkedAt;
        private bool checking;
        private ResourceState? state;
        // The names of the resource's health checks (none: its health is Aspire's), read from its first event.
        private IReadOnlySet<string>? checks;
        // A requested start or restart: warming up, not down, until healthy, an exit, or the grace's end.
        private DateTimeOffset? warmingSince;
        private int? warmingFrom;

        /// A health check to run now: the resource's checks, for its current start.
        public sealed record Due(long Generation, IReadOnlySet<string> Checks);

        /// The checks to run if the resource runs, has checks, and its last check is old enough (sooner until healthy).
        public Due? CheckDue(DateTimeOffset now, TimeSpan untilHealthy, TimeSpan whileHealthy)
        {
            lock (gate)
            {
                if (checking || checks is not { Count: > 0 } || state != ResourceState.Running) return null;
                if (now - checkedAt < (health == HealthStatus.Healthy ? whileHealthy : untilHealthy)) return null;
                (checking, checkedAt) = (true, now);
                return new Due(generation, checks);
            }
        }

        public void Checked(Due due, HealthStatus result)
        {
            lock (gate)
            {
                checking = false;
                if (due.Generation != generation) return;
                health = result;
                if (result == HealthStatus.Healthy && pid is not null && pid != warmingFrom) warmingSince = null;
            }
        }

        /// The instance's id for ResourceCommandService; null until the first event.
        public string? ResourceId
        {
            get
            {
                lock (gate) return last?.ResourceId;
            }
        }

        public bool Paused
        {
            get
            {
                lock (gate) return paused;
            }
        }

        /// The next exit was asked for (stop, restart): not a crash. Cleared when that exit is seen, or when the command fails.
        public void ExpectExit(bool expected)
        {
            // Without a process there is no exit to expect: the flag would hide the next crash.
            lock (gate) exitExpected = expected && pid is not null;
        }

        public void WarmUp(DateTimeOffset now)
        {
            // The process being restarted may still answer healthy: only a new one ends the warm-up.
            lock (gate) (warmingSince, warmingFrom) = (now, pid);
        }

        public void CommandFailed()
        {
            lock (gate) (exitExpected, warmingSince) = (false, null);
        }

        public void Observe(ResourceEvent resourceEvent)
        {
            lock (gate)
            {
                last = resourceEvent;
                checks ??= resourceEvent.Resource.TryGetAnnotationsOfType<HealthCheckAnnotation>(out var annotations)
                    ? annotations.Select(a => a.Key).ToHashSet(StringComparer.Ordinal)
                    : new HashSet<string>();
                var state = StateOf(resourceEvent.Snapshot);
                var current = PidOf(resourceEvent.Snapshot);
                // The process ended: an exit state, a state without a process, or another process (an update can be missed
                // when two come close together).
                var ended = pid is not null && (state is not (ResourceState.Running or ResourceState.Starting)
                    || (current is not null && current != pid));
                if (ended)
                {
                    crashes += exitExpected ? 0 : 1;
                    // The old process of a restart ends within its warm-up; any other exit ends the warm-up.
                    if (!exitExpected) warmingSince = null;
                    (pid, pidStartTime, paused, exitExpected) = (null, null, false, false);
                }
                if (state == ResourceState.Running && current is not null && pid is null)
                {
                    restarts += started ? 1 : 0;
                    (started, pid, pidStartTime, exitExpected) = (true, current, ProcStat.StartTime(current.Value), false);
                    // Without health checks a running process is as warm as it gets.
                    if (checks.Count == 0) warmingSince = null;
                }
                // Health starts over with every start and every end (also of a resource without a process, a database).
                if (ended || (state == ResourceState.Running) != (this.state == ResourceState.Running))
                {
                    (generation, health, checkedAt) = (generation + 1, null, default);
                }
                if (this.state != state)
                {
                    this.state = state;
                    changes.Raise(resourceEvent.Resource.Name, state);
                }
            }
        }

        public CommandResult Signal(string command) => Signal(command, out _);

        /// Kill and pause freeze the tree from the top (SIGSTOP the root, then each new descendant until none appears), so
        /// that nothing forks or reacts to a child's end meanwhile; kill then sends SIGKILL to all of it.
        public CommandResult Signal(string command, out IReadOnlyList<int> tree)
        {
            lock (gate)
            {
                tree = [];
                var name = last?.Resource.Name;
                // The pid must still be the process that was started (not a number the kernel has given to another).
                if (pid is not { } root || ProcStat.StartTime(root) != pidStartTime) return CommandResult.Invalid($"{name} is not running.");
                if (command == ResourceCommands.Pause && paused) return CommandResult.Invalid($"{name} is already paused.");
                if (command == ResourceCommands.Resume && !paused) return CommandResult.Invalid($"{name} is not paused.");
                if (command == ResourceCommands.Resume)
                {
                    tree = [root, .. ProcStat.Descendants(root).Select(e => e.Pid)];
                    foreach (var process in tree) Native.Signal(process, Native.SIGCONT);
                    paused = false;
                    return CommandResult.Ok($"{name} resumed (pid {root})");
                }
                tree = Freeze(root);
                if (command == ResourceCommands.Kill)
                {
                    foreach (var process in tree) Native.Signal(process, Native.SIGKILL);
                    return CommandResult.Ok($"{name} killed (pid {root})");
                }
                paused = true;
                return CommandResult.Ok($"{name} paused (pid {root})");
            }
        }

        private static List<int> Freeze(int root)
        {
            var frozen = new List<int> { root };
            Native.Signal(root, Native.SIGSTOP);
            for (var round = 0; round < 10; round++)
            {
                var fresh = ProcStat.Descendants(root).Select(e => e.Pid).Where(p => !frozen.Contains(p)).ToList();
                if (fresh.Count == 0) break;
                foreach (var process in fresh) Native.Signal(process, Native.SIGSTOP);
                frozen.AddRange(fresh);
            }
            return frozen;
        }

        public ResourceSnapshot? Snapshot(DateTimeOffset now)
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
                    // A resource with health checks is as healthy as the tracker's last check of this start says (unknown
                    // before the first); one without any is as Aspire says (healthy while it runs).
                    state != ResourceState.Running ? null
                    : checks is { Count: > 0 } ? health
                    : snapshot.HealthStatus switch
                    {
                        AspireHealth.Healthy => HealthStatus.Healthy,
                        null => null,
                        _ => HealthStatus.Unhealthy,
                    },
                    pid,
                    restarts,
                    snapshot.StartTimeStamp is { } at ? new DateTimeOffset(at.ToUniversalTime(), TimeSpan.Zero) : null,
                    snapshot.ExitCode,
                    paused,
                    [],
                    Crashes: crashes,
                    WarmingUp: warmingSince is { } since && now - since < ResourceSnapshot.StartGrace);
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
            // DCP's own words for an ended process (Terminated, Unknown) and anything else with an exit code.
            _ when snapshot.ExitCode is not null => ResourceState.Exited,
            _ => ResourceState.NotStarted,
        };

        /// DCP reports 0 while a process has no pid yet.
        private static int? PidOf(CustomResourceSnapshot snapshot) =>
            snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value is { } value
            && Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) is > 0 and var pid
                ? pid
                : null;
    }
}
