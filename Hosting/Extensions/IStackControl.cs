using GameDay.Hosting.Proxy;

namespace GameDay.Hosting;

/// The running stack as an AppHost extension (the chaos library) sees it: resources and their commands, the
/// endpoint proxies, configuration overrides for the next start, connection strings and the run's settings.
public interface IStackControl
{
    IReadOnlyList<ResourceSnapshot> Snapshots();

    Task<CommandResult> ExecuteCommandAsync(string resource, string command, CancellationToken ct);

    /// The AppHost's proxy in front of the resource's endpoint, or null when it has none.
    TcpProxy? Proxy(string resource);

    /// Environment overrides applied at the resource's next start: a value replaces the variable, null removes it.
    void SetConfigOverride(string resource, string key, string? value);

    void ClearConfigOverride(string resource, string key);

    IReadOnlyDictionary<string, string?> ConfigOverrides(string resource);

    /// The public URL (through the proxy) of a resource with an endpoint.
    string? EndpointUrl(string resource);

    /// The connection string of `tradingdb` or `redis` (through the proxy), or null.
    string? ConnectionString(string name);

    string AdminToken { get; }

    /// Each resource state change as it happens.
    ResourceStateChanges StateChanges { get; }

    /// The control API's URL (the dashboard is served there too).
    string ControlUrl { get; }

    int Seed { get; }

    TimeProvider Time { get; }

    /// The stack's data root (.gameday/ or the test's temporary directory).
    string DataDirectory { get; }
}
