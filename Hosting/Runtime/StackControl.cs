using GameDay.Hosting.Proxy;

namespace GameDay.Hosting.Runtime;

/// <see cref="IStackControl"/> and the control API's sources over the runtime.
internal sealed class StackControl(AppRuntime runtime, string adminToken) : IStackControl, IControlSources
{
    public IReadOnlyList<ResourceSnapshot> Snapshots() => runtime.Snapshots();

    public Task<CommandResult> ExecuteCommandAsync(string resource, string command, CancellationToken ct) =>
        runtime.ExecuteAsync(resource, command, ct);

    public TcpProxy? Proxy(string resource) => runtime.Proxy(resource);

    public void SetConfigOverride(string resource, string key, string? value) => Resource(resource).ConfigOverrides[key] = value;

    public void ClearConfigOverride(string resource, string key) => Resource(resource).ConfigOverrides.TryRemove(key, out _);

    public IReadOnlyDictionary<string, string?> ConfigOverrides(string resource) =>
        new Dictionary<string, string?>(Resource(resource).ConfigOverrides, StringComparer.Ordinal);

    public string? EndpointUrl(string resource) => runtime.Resources.FirstOrDefault(r => r.Name == resource)?.Endpoint?.Url;

    public string? ConnectionString(string name) =>
        runtime.Resources.OfType<IResourceWithConnectionString>().FirstOrDefault(r => r.ConnectionStringName == name)?.GetConnectionString();

    public string AdminToken => adminToken;

    public string ControlUrl => runtime.ControlUrl;

    public ResourceStateChanges StateChanges => runtime.StateChanges;

    public int Seed => runtime.Run.Seed;

    public TimeProvider Time => runtime.Time;

    public string DataDirectory => runtime.Run.Paths.Root;

    public Task<IReadOnlyList<string>?> LogTailAsync(string resource, int lines, CancellationToken ct) =>
        Task.FromResult(runtime.Find(resource)?.Log.Tail(lines));

    public string DiskDirectory => runtime.Run.Paths.Data;

    public IReadOnlyList<string> EnvExports(string controlUrl) => Runtime.EnvExports.Build(adminToken, controlUrl, runtime.Resources);

    private Resource Resource(string name) =>
        runtime.Resources.FirstOrDefault(r => r.Name == name) ?? throw new ArgumentException($"No resource named '{name}'.", nameof(name));
}
