using System.Collections.Concurrent;
using GameDay.Hosting;
using GameDay.Hosting.Proxy;

namespace GameDay.Chaos.Tests.Fakes;

/// One resource of <see cref="FakeStack"/>: the state the runtime would keep, its configuration overrides and the
/// overrides that were in force at each start, so a test can see what a restart started the resource with.
internal sealed class FakeResource(string name)
{
    private readonly ConcurrentQueue<IReadOnlyDictionary<string, string?>> starts = new();

    public string Name { get; } = name;

    /// The runtime's type name: "Project" for a service, "Postgres", "Redis"... for the rest.
    public string Type { get; set; } = "Project";

    public ResourceState State { get; set; } = ResourceState.Running;

    public bool Paused { get; set; }

    public int Restarts { get; set; }

    public ConcurrentDictionary<string, string?> Overrides { get; } = new(StringComparer.Ordinal);

    public TcpProxy? Proxy { get; set; }

    public string? Url { get; set; }

    public bool HasProcess => State is ResourceState.Running or ResourceState.Starting;

    /// The overrides of each start or restart, oldest first.
    public IReadOnlyList<IReadOnlyDictionary<string, string?>> Starts => [.. starts];

    public void Started()
    {
        (State, Paused) = (ResourceState.Running, false);
        starts.Enqueue(new Dictionary<string, string?>(Overrides, StringComparer.Ordinal));
    }

    public ResourceSnapshot Snapshot() => new(
        Name, Type, State, State == ResourceState.Running ? HealthStatus.Healthy : null, HasProcess ? 4242 : null,
        Restarts, null, null, Paused, []);
}
