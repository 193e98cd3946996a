using GameDay.AppHost.Invariants;
using GameDay.Contracts;
using GameDay.Hosting.Control;
using Npgsql;
using StackExchange.Redis;

namespace GameDay.AppHost.Drills;

/// The running stack as a drill reaches it: the control API (resources, faults), each resource's HTTP API
/// (with or without the admin token), the trading database, Redis, and the invariants' context.
public sealed class DrillEnvironment : IAsyncDisposable
{
    private readonly Func<string, Uri> endpoint;
    private readonly string adminToken;
    private readonly HttpClient broker;

    private DrillEnvironment(ControlApiClient control, Func<string, Uri> endpoint, string adminToken, NpgsqlDataSource database, IConnectionMultiplexer redis)
    {
        Control = control;
        this.endpoint = endpoint;
        this.adminToken = adminToken;
        Database = database;
        Redis = redis;
        broker = Client(ResourceNames.Broker, false);
        Invariants = new InvariantContext(database, new VenueReader(broker, adminToken), async ct =>
            [.. (await control.GetResourcesAsync(ct)).Select(r => new ResourceHealth(r.Name, r.State.ToString(), r.Health?.ToString()))]);
    }

    public ControlApiClient Control { get; }

    public NpgsqlDataSource Database { get; }

    public IConnectionMultiplexer Redis { get; }

    public InvariantContext Invariants { get; }

    /// `endpoint` maps a resource name to its public URL; connection strings are those the AppHost publishes.
    public static async Task<DrillEnvironment> ConnectAsync(
        ControlApiClient control, Func<string, Uri> endpoint, string adminToken, string tradingDb, string redis)
    {
        var options = ConfigurationOptions.Parse(redis);
        options.AbortOnConnectFail = false;
        return new DrillEnvironment(control, endpoint, adminToken, NpgsqlDataSource.Create(tradingDb), await ConnectionMultiplexer.ConnectAsync(options));
    }

    /// A client of a resource's HTTP API; `admin` sends the run's X-Admin-Token.
    public HttpClient Client(string resource, bool admin)
    {
        var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = endpoint(resource), Timeout = TimeSpan.FromSeconds(15) };
        if (admin) client.DefaultRequestHeaders.Add("X-Admin-Token", adminToken);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        broker.Dispose();
        Redis.Dispose();
        await Database.DisposeAsync();
    }
}
