using GameDay.AppHost.Invariants;
using GameDay.Contracts;
using GameDay.Hosting;
using GameDay.Hosting.Control;
using Npgsql;

namespace GameDay.AppHost.Dashboard.Sources;

/// What the dashboard reads and acts through, as any client of the stack would: the control API (resources,
/// commands, logs, faults), the responder's API, the orchestrator, the venue's admin API, Prometheus and the
/// trading database. Created once the control API listens; every call carries the run's admin token.
public sealed class StackSources(IStackControl stack) : IAsyncDisposable
{
    private readonly Lazy<ControlApiClient> control = new(() => new ControlApiClient(stack.ControlUrl, stack.AdminToken));
    private readonly Lazy<NpgsqlDataSource?> tradingDb = new(() =>
        stack.ConnectionString(ResourceNames.TradingDb) is { } cs ? NpgsqlDataSource.Create(cs) : null);
    private readonly Dictionary<string, HttpClient> clients = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public ControlApiClient Control => control.Value;

    public string AdminToken => stack.AdminToken;

    public TimeProvider Time => stack.Time;

    public string DataDirectory => stack.DataDirectory;

    /// A client for a resource's endpoint (through the AppHost's proxy), with the admin token header.
    public HttpClient Client(string resource)
    {
        lock (gate)
        {
            if (clients.TryGetValue(resource, out var client)) return client;
            var url = stack.EndpointUrl(resource) ?? throw new InvalidOperationException($"{resource} has no endpoint.");
            client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(5) };
            client.DefaultRequestHeaders.Add("X-Admin-Token", stack.AdminToken);
            clients[resource] = client;
            return client;
        }
    }

    public NpgsqlDataSource? TradingDatabase => tradingDb.Value;

    public VenueReader Venue => new(Client(ResourceNames.Broker), stack.AdminToken);

    public async ValueTask DisposeAsync()
    {
        if (control.IsValueCreated) control.Value.Dispose();
        if (tradingDb.IsValueCreated && tradingDb.Value is { } db) await db.DisposeAsync();
        lock (gate)
        {
            foreach (var client in clients.Values) client.Dispose();
            clients.Clear();
        }
    }
}
