using GameDay.Hosting;
using GameDay.Hosting.Proxy;

namespace GameDay.Chaos.Tests.Fakes;

/// The stack as faults see it, in memory: resource commands change states the way the AppHost's runner does
/// (a command that does not fit the state is refused), proxies are real <see cref="TcpProxy"/> listeners, and
/// endpoints point wherever the test says (an <see cref="AdminListener"/>).
internal sealed class FakeStack(TimeProvider time, int seed = 7) : IStackControl, IAsyncDisposable
{
    public const string Token = "test-admin-token";

    private readonly Lock gate = new();
    private readonly Dictionary<string, FakeResource> resources = new(StringComparer.Ordinal);
    private readonly List<StackCommand> commands = [];
    private readonly Dictionary<(string Resource, string Command), int> refusals = [];

    public string AdminToken => Token;

    public string ControlUrl => "http://127.0.0.1:1";

    public ResourceStateChanges StateChanges { get; } = new();

    public int Seed => seed;

    public TimeProvider Time => time;

    public string DataDirectory => Path.GetTempPath();

    public FakeResource this[string name]
    {
        get
        {
            lock (gate)
            {
                return resources[name];
            }
        }
    }

    public FakeResource Add(string name, string? url = null)
    {
        lock (gate)
        {
            return resources[name] = new FakeResource(name) { Url = url };
        }
    }

    public TcpProxy AddWithProxy(string name)
    {
        var proxy = new TcpProxy(name, 0, TimeProvider.System);
        proxy.Start();
        Add(name, $"http://127.0.0.1:{proxy.Port}").Proxy = proxy;
        return proxy;
    }

    /// The next `times` `command`s to `resource` are refused (as the runner refuses one that does not fit).
    public void Refuse(string resource, string command, int times = 1)
    {
        lock (gate)
        {
            refusals[(resource, command)] = times;
        }
    }

    /// Someone else (the responder, an operator) changed the resource.
    public void Set(string resource, ResourceState state, bool paused = false)
    {
        lock (gate)
        {
            var r = resources[resource];
            (r.State, r.Paused) = (state, paused);
        }
    }

    public IReadOnlyList<StackCommand> Commands
    {
        get
        {
            lock (gate)
            {
                return [.. commands];
            }
        }
    }

    public IReadOnlyList<string> CommandsTo(string resource) => [.. Commands.Where(c => c.Resource == resource).Select(c => c.Command)];

    public IReadOnlyList<ResourceSnapshot> Snapshots()
    {
        lock (gate)
        {
            return [.. resources.Values.Select(r => r.Snapshot())];
        }
    }

    public Task<CommandResult> ExecuteCommandAsync(string resource, string command, CancellationToken ct)
    {
        lock (gate)
        {
            var result = Execute(resource, command);
            commands.Add(new StackCommand(resource, command, result.Outcome, time.GetUtcNow()));
            return Task.FromResult(result);
        }
    }

    public TcpProxy? Proxy(string resource) => Find(resource)?.Proxy;

    public void SetConfigOverride(string resource, string key, string? value) => this[resource].Overrides[key] = value;

    public void ClearConfigOverride(string resource, string key) => this[resource].Overrides.TryRemove(key, out _);

    public IReadOnlyDictionary<string, string?> ConfigOverrides(string resource) =>
        new Dictionary<string, string?>(this[resource].Overrides, StringComparer.Ordinal);

    public string? EndpointUrl(string resource) => Find(resource)?.Url;

    public string? ConnectionString(string name) => null;

    public async ValueTask DisposeAsync()
    {
        foreach (var proxy in Snapshots().Select(s => Proxy(s.Name)).OfType<TcpProxy>())
        {
            await proxy.DisposeAsync();
        }
    }

    private FakeResource? Find(string name)
    {
        lock (gate)
        {
            return resources.GetValueOrDefault(name);
        }
    }

    // The AppHost runner's rules (ProcessRunner.ExecuteAsync), in memory.
    private CommandResult Execute(string name, string command)
    {
        if (!resources.TryGetValue(name, out var r)) return new CommandResult(CommandOutcome.UnknownResource, $"no resource '{name}'");
        if (refusals.TryGetValue((name, command), out var left) && left > 0)
        {
            refusals[(name, command)] = left - 1;
            return CommandResult.Invalid($"{name} refused {command} (the test said so)");
        }

        switch (command)
        {
            case ResourceCommands.Start when r.State is ResourceState.Running or ResourceState.Starting or ResourceState.Waiting:
                return CommandResult.Invalid($"{name} is already {r.State}.");
            case ResourceCommands.Start:
                r.Started();
                return CommandResult.Ok($"{name} started: Running");
            case ResourceCommands.Stop when !r.HasProcess && r.State != ResourceState.Waiting:
                return CommandResult.Invalid($"{name} is not running ({r.State}).");
            case ResourceCommands.Stop:
                (r.State, r.Paused) = (ResourceState.Finished, false);
                return CommandResult.Ok($"{name} stopped: Finished");
            case ResourceCommands.Restart when r.State == ResourceState.Waiting:
                return CommandResult.Invalid($"{name} is still waiting for its dependencies.");
            case ResourceCommands.Restart:
                r.Restarts++;
                r.Started();
                return CommandResult.Ok($"{name} restarted: Running");
            case ResourceCommands.Kill or ResourceCommands.Pause or ResourceCommands.Resume when !r.HasProcess:
                return CommandResult.Invalid($"{name} has no running process ({r.State}).");
            case ResourceCommands.Kill:
                (r.State, r.Paused) = (ResourceState.Exited, false);
                return CommandResult.Ok($"{name} killed: Exited");
            case ResourceCommands.Pause when r.Paused:
                return CommandResult.Invalid($"{name} is already paused.");
            case ResourceCommands.Pause:
                r.Paused = true;
                return CommandResult.Ok($"{name} paused: Running");
            case ResourceCommands.Resume when !r.Paused:
                return CommandResult.Invalid($"{name} is not paused.");
            case ResourceCommands.Resume:
                r.Paused = false;
                return CommandResult.Ok($"{name} resumed: Running");
            default:
                return new CommandResult(CommandOutcome.UnknownCommand, $"unknown command '{command}'");
        }
    }
}
