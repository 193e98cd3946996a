using GameDay.Hosting.Control;
using GameDay.Hosting.Proxy;
using GameDay.Hosting.Runtime;

namespace GameDay.Hosting.Testing;

/// A running stack under test. Dispose stops everything in reverse order and deletes the data directory.
public sealed class TestDistributedApplication : IAsyncDisposable
{
    private readonly HostedStack stack;
    private readonly TestingSession session;
    private readonly Task entryPoint;

    internal TestDistributedApplication(HostedStack stack, TestingSession session, Task entryPoint)
    {
        this.stack = stack;
        this.session = session;
        this.entryPoint = entryPoint;
    }

    public string AdminToken => stack.AdminToken;

    public string ControlApiUrl => stack.Control.Url;

    public string DataDirectory => stack.Paths.Root;

    public IReadOnlyList<Resource> Resources => stack.Runtime.Resources;

    public IReadOnlyList<ResourceSnapshot> GetSnapshots() => stack.Runtime.Snapshots();

    public ResourceSnapshot GetSnapshot(string name) => Runner(name).Snapshot();

    public async Task WaitForAllHealthyAsync(TimeSpan timeout, CancellationToken ct = default)
    {
        if (!await stack.Runtime.WaitForAllHealthyAsync(timeout, ct))
        {
            throw new TimeoutException($"Not every resource became healthy within {timeout.TotalSeconds:0} s:\n{Describe()}");
        }
    }

    public async Task<ResourceSnapshot> WaitForResourceAsync(
        string name, Func<ResourceSnapshot, bool> predicate, TimeSpan timeout, CancellationToken ct = default)
    {
        var deadline = Environment.TickCount64 + (long)timeout.TotalMilliseconds;
        while (true)
        {
            var snapshot = GetSnapshot(name);
            if (predicate(snapshot))
            {
                return snapshot;
            }

            if (Environment.TickCount64 > deadline)
            {
                throw new TimeoutException($"{name} did not reach the expected state within {timeout.TotalSeconds:0} s (now {snapshot.State}/{snapshot.Health}):\n{Describe()}");
            }

            await Task.Delay(100, ct);
        }
    }

    /// A client on the resource's proxy URL, the way another service would reach it.
    public HttpClient CreateHttpClient(string resourceName) =>
        new() { BaseAddress = new Uri((Runner(resourceName).Resource.Endpoint ?? throw new InvalidOperationException($"{resourceName} has no endpoint.")).Url) };

    public string GetConnectionString(string name) =>
        Runner(name).Resource is IResourceWithConnectionString r
            ? r.GetConnectionString()
            : throw new InvalidOperationException($"{name} has no connection string.");

    public Task<CommandResult> ExecuteCommandAsync(string resource, string command, CancellationToken ct = default) =>
        stack.Runtime.ExecuteAsync(resource, command, ct);

    public IReadOnlyList<string> ReadLogTail(string resource, int lines = 100) => Runner(resource).Log.Tail(lines);

    /// The proxy in front of a resource (to list or close its live connections).
    public TcpProxy GetProxy(string resource) =>
        stack.Runtime.Proxy(resource) ?? throw new InvalidOperationException($"{resource} has no proxy.");

    public ControlApiClient CreateControlApiClient() => new(ControlApiUrl, AdminToken);

    /// Each resource's state and the last 30 log lines of the unhealthy ones.
    public string Describe() => stack.Runtime.Describe(30);

    public async ValueTask DisposeAsync()
    {
        await stack.DisposeAsync();
        session.Release();
        await Task.WhenAny(entryPoint, Task.Delay(TimeSpan.FromSeconds(10)));
        DistributedApplicationTestingBuilder.TryDelete(DataDirectory);
    }

    private ResourceRunner Runner(string name) =>
        stack.Runtime.Find(name) ?? throw new ArgumentException($"unknown resource '{name}'", nameof(name));
}
