using System.Collections.Concurrent;
using Aspire.Hosting.ApplicationModel;
using GameDay.Hosting;
using GameDay.Hosting.Proxy;
using Exports = GameDay.Hosting.Runtime.EnvExports;
using GameDay.Infrastructure.Postgres;
using GameDay.Infrastructure.Proxies;
using GameDay.Infrastructure.Redis;
using GameDay.Infrastructure.Services;

namespace GameDay.Infrastructure.Control;

/// <see cref="IStackControl"/> over an Aspire application: what the chaos library, the drills and the control API act
/// through. Resources and commands are the tracker's, proxies GameDay's; configuration overrides reach a resource's
/// environment at its next start (StackControlExtensions); logs are Aspire's.
public sealed class AspireStackControl(
    ResourceTracker tracker, FaultProxies proxies, DistributedApplicationModel model, ResourceLoggerService logs, TradingRun run,
    string dataDirectory, TimeProvider time)
    : IStackControl, IControlSources
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, string?>> overrides = new(StringComparer.Ordinal);
    private string? adminToken;

    public IReadOnlyList<ResourceSnapshot> Snapshots() => [.. tracker.Snapshots().Select(s => s with { Endpoints = Endpoints(s.Name) })];

    public Task<CommandResult> ExecuteCommandAsync(string resource, string command, CancellationToken ct) =>
        tracker.ExecuteCommandAsync(resource, command, ct);

    public TcpProxy? Proxy(string resource) => proxies.Find(resource);

    public void SetConfigOverride(string resource, string key, string? value) => OverridesOf(resource)[key] = value;

    public void ClearConfigOverride(string resource, string key) => OverridesOf(resource).TryRemove(key, out _);

    public IReadOnlyDictionary<string, string?> ConfigOverrides(string resource) =>
        new Dictionary<string, string?>(OverridesOf(resource), StringComparer.Ordinal);

    public string? EndpointUrl(string resource) => Endpoints(resource).FirstOrDefault()?.Url;

    public string? ConnectionString(string name) =>
        model.Resources.OfType<Aspire.Hosting.ApplicationModel.IResourceWithConnectionString>().FirstOrDefault(r => r.Name == name) is { } resource
            ? resource.ConnectionStringExpression.GetValueAsync(default).AsTask().GetAwaiter().GetResult()
            : null;

    /// The run's admin token, resolved when the application starts (ResolveAsync).
    public string AdminToken => adminToken ?? throw new InvalidOperationException("The admin token is resolved when the application starts.");

    public ResourceStateChanges StateChanges => tracker.StateChanges;

    /// Set once the control API listens.
    public string ControlUrl { get; set; } = "";

    public int Seed => run.Seed;

    public TimeProvider Time => time;

    public string DataDirectory => dataDirectory;

    public string DiskDirectory => dataDirectory;

    /// Resolves the run's admin token, once, before anything reads it.
    internal async Task ResolveAsync(CancellationToken ct) => adminToken ??= await run.AdminToken.GetValueAsync(ct) ?? "";

    public async Task<IReadOnlyList<string>?> LogTailAsync(string resource, int lines, CancellationToken ct)
    {
        if (!model.Resources.Any(r => r.Name == resource)) return null;
        if (tracker.ResourceIdOf(resource) is not { } id) return [];
        var tail = new Queue<string>();
        await foreach (var batch in logs.GetAllAsync(id).WithCancellation(ct))
        {
            foreach (var line in batch)
            {
                tail.Enqueue(line.Content);
                if (tail.Count > lines) tail.Dequeue();
            }
        }
        return [.. tail];
    }

    public IReadOnlyList<string> EnvExports(string controlUrl) =>
        Exports.Build(AdminToken, controlUrl, model.Resources.Select(AddressOf).OfType<Exports.Address>());

    /// The overrides for the resource's next start (the environment callback reads them).
    internal IReadOnlyDictionary<string, string?> PendingOverrides(string resource) =>
        overrides.TryGetValue(resource, out var pending) ? pending : new Dictionary<string, string?>();

    private ConcurrentDictionary<string, string?> OverridesOf(string resource) =>
        model.Resources.Any(r => r.Name == resource)
            ? overrides.GetOrAdd(resource, _ => new ConcurrentDictionary<string, string?>(StringComparer.Ordinal))
            : throw new ArgumentException($"No resource named '{resource}'.", nameof(resource));

    private Exports.Address? AddressOf(Aspire.Hosting.ApplicationModel.IResource resource)
    {
        static string Secret(ParameterResource parameter) => parameter.GetValueAsync(default).AsTask().GetAwaiter().GetResult() ?? "";
        return resource switch
        {
            // Ports are known once allocated: before that, a resource has no address yet.
            LocalPostgresDatabaseResource db when db.Parent.Endpoint.IsAllocated => new(Exports.Address.VariableOf(db.Name),
                Exports.DatabaseUrl(LocalPostgresResource.UserName, Secret(db.Parent.Password), db.Parent.Endpoint.Port, db.DatabaseName),
                IsDatabase: true),
            LocalRedisResource redis when redis.Endpoint.IsAllocated => new(Exports.RedisVariable, Exports.RedisUrl(Secret(redis.Password), redis.Endpoint.Port)),
            IResourceWithEndpoints http when Endpoints(resource.Name).FirstOrDefault(e => e.Url.StartsWith("http:", StringComparison.Ordinal)) is { } endpoint =>
                new(Exports.Address.VariableOf(http.Name), Exports.HttpUrl(endpoint.Port)),
            _ => null,
        };
    }

    /// The public endpoint (through the proxy) of a resource, as the clients use it.
    private IReadOnlyList<EndpointSnapshot> Endpoints(string resource)
    {
        if (model.Resources.FirstOrDefault(r => r.Name == resource) is not IResourceWithEndpoints withEndpoints) return [];
        var proxy = proxies.Find(resource);
        return [.. withEndpoints.GetEndpoints()
            .Where(e => e.IsAllocated && !ProxiedEndpointExtensions.IsTarget(e.EndpointName))
            .Select(e => new EndpointSnapshot(e.EndpointName, e.Url, e.Port, proxy?.TargetPort ?? e.TargetPort ?? e.Port, proxy?.Path))];
    }
}
