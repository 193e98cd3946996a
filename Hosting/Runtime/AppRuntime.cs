using System.Text;
using GameDay.Hosting.Proxy;

namespace GameDay.Hosting.Runtime;

/// Runs a built topology: proxies first, then every resource in parallel (each honouring its WaitFor),
/// and stops them in reverse dependency order.
internal sealed class AppRuntime : IAsyncDisposable
{
    private readonly Dictionary<string, ResourceRunner> runners = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TcpProxy> proxies = new(StringComparer.Ordinal);
    private readonly List<Task> starts = [];
    private readonly CancellationTokenSource lifetime = new();
    private readonly ResourceUsageSampler usage;
    private int stopped;

    public AppRuntime(IReadOnlyList<Resource> resources, RunSettings run, bool randomPorts, ConsoleEcho? echo, TimeProvider time)
    {
        Resources = resources;
        Run = run;
        Time = time;
        var services = new RunnerServices(
            run, time, new PortAllocator(), EnvironmentBuilder.Inherited(), r => runners[r.Name], r => proxies.GetValueOrDefault(r.Name),
            lifetime.Token, resources, () => ControlUrl);
        StateChanges = services.StateChanges;
        usage = services.Usage;
        foreach (var resource in resources)
        {
            BindPassword(resource, run.Paths);
            if (resource.Endpoint is { } endpoint)
            {
                proxies[resource.Name] = new TcpProxy(resource.Name, randomPorts ? 0 : endpoint.RequestedPort ?? 0, time);
            }

            var log = new ResourceLog(resource.Name, run.Paths.LogFile(resource.Name), time, echo);
            runners[resource.Name] = resource is PostgresDatabaseResource
                ? new DatabaseRunner(resource, services, log)
                : new ProcessRunner(resource, services, log);
        }
    }

    public IReadOnlyList<Resource> Resources { get; }

    public RunSettings Run { get; }

    public TimeProvider Time { get; }

    /// Set once the control API listens (before any resource starts); Prometheus scrapes it.
    public string ControlUrl { get; set; } = "";

    public ResourceStateChanges StateChanges { get; }

    public IReadOnlyList<ResourceSnapshot> Snapshots() => Resources.Select(r => runners[r.Name].Snapshot()).ToList();

    public ResourceRunner? Find(string name) => runners.GetValueOrDefault(name);

    public TcpProxy? Proxy(string name) => proxies.GetValueOrDefault(name);

    /// Every resource healthy and none in the middle of a requested restart (its old process may still answer healthy
    /// while it stops): what a waiter for a settled stack, `up` or a test between drills, means.
    public bool AllHealthy => Snapshots().All(s => s.IsHealthy && !s.WarmingUp);

    public void StartProxies()
    {
        foreach (var resource in Resources.Where(r => r.Endpoint is not null))
        {
            var proxy = proxies[resource.Name];
            proxy.Start();
            resource.Endpoint!.PublicPort = proxy.Port;
        }
    }

    public void StartResources()
    {
        // The lifetime token keeps a late-scheduled start from launching after shutdown began.
        var ct = lifetime.Token;
        foreach (var runner in runners.Values)
        {
            starts.Add(Task.Run(() => runner.StartAsync(ct), ct));
        }

        starts.Add(Task.Run(() => usage.RunAsync(ct), ct));
    }

    /// A command, once begun, runs to its end (the runners themselves give way to shutdown): the caller's token only
    /// stops the waiting. A restart whose caller hangs up (a curl cancelled, or the restarted resource being the
    /// caller) must not stop the resource and leave it stopped.
    public async Task<CommandResult> ExecuteAsync(string name, string command, CancellationToken ct) =>
        !runners.TryGetValue(name, out var runner)
            ? new CommandResult(CommandOutcome.UnknownResource, $"unknown resource '{name}'")
            : !ResourceCommands.All.Contains(command)
                ? new CommandResult(CommandOutcome.UnknownCommand, $"unknown command '{command}' (known: {string.Join(", ", ResourceCommands.All)})")
                : ResourceCommands.IsPathCommand(command)
                    ? SwitchPath(name, command)
                    : await runner.ExecuteAsync(command, CancellationToken.None).WaitAsync(ct);

    private CommandResult SwitchPath(string name, string command)
    {
        if (Proxy(name) is not { } proxy)
        {
            return CommandResult.Invalid($"{name} has no endpoint, so no network path to switch.");
        }

        // Idempotent: two incidents of one slow link may both fail over; the second finds it done.
        var to = command == ResourceCommands.FailoverPath ? ProxyPath.Standby : ProxyPath.Primary;
        if (proxy.Path == to)
        {
            return CommandResult.Ok($"{name} already uses its {to.ToString().ToLowerInvariant()} path");
        }

        var reset = proxy.UsePath(to);
        return CommandResult.Ok($"{name} now uses its {to.ToString().ToLowerInvariant()} path" +
            (reset > 0 ? $" ({reset} connection(s) reset to reconnect over it)" : ""));
    }

    public async Task<bool> WaitForAllHealthyAsync(TimeSpan timeout, CancellationToken ct)
    {
        var deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        while (!AllHealthy)
        {
            if (Environment.TickCount64 > deadline || Snapshots().Any(s => s.State == ResourceState.FailedToStart))
            {
                return AllHealthy;
            }

            await Task.Delay(100, ct);
        }

        return true;
    }

    /// Every resource's state, plus the last log lines of those not healthy: what a failed start needs to explain itself.
    public string Describe(int tailLines)
    {
        var text = new StringBuilder();
        foreach (var s in Snapshots())
        {
            text.AppendLine($"  {s.Name}: {s.State} {s.Health?.ToString() ?? "-"}" + (s.ExitCode is { } code ? $" exit {code}" : ""));
        }

        foreach (var s in Snapshots().Where(s => !s.IsHealthy))
        {
            text.AppendLine($"--- last {tailLines} log lines of {s.Name} ---");
            foreach (var line in runners[s.Name].Log.Tail(tailLines))
            {
                text.AppendLine("  " + line);
            }
        }

        return text.ToString();
    }

    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref stopped, 1) == 1)
        {
            return;
        }

        await lifetime.CancelAsync();
        foreach (var wave in ShutdownOrder.Waves(Resources))
        {
            await Task.WhenAll(wave.Select(r => runners[r.Name].StopAsync()));
        }

        await Task.WhenAll(starts.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        foreach (var proxy in proxies.Values)
        {
            await proxy.DisposeAsync();
        }

        foreach (var runner in runners.Values)
        {
            runner.Log.Dispose();
        }
    }

    private static void BindPassword(Resource resource, AppPaths paths)
    {
        switch (resource)
        {
            case PostgresServerResource postgres:
                var pg = new Lazy<string>(() => Secrets.LoadOrCreatePassword(paths.PasswordFile(postgres.Name)));
                postgres.PasswordSource = () => pg.Value;
                break;
            case RedisResource redis:
                var rd = new Lazy<string>(() => Secrets.LoadOrCreatePassword(paths.PasswordFile(redis.Name)));
                redis.PasswordSource = () => rd.Value;
                break;
        }
    }
}
