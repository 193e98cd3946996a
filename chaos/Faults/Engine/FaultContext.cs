using GameDay.Contracts;
using GameDay.Hosting;
using Npgsql;
using StackExchange.Redis;

namespace GameDay.Chaos;

/// What faults act through: the stack (commands, proxies, configuration), the services' admin APIs with the
/// run's token, PostgreSQL and Redis (opened on first use), time and a random source seeded from the run.
public sealed class FaultContext(IStackControl stack) : IAsyncDisposable
{
    /// Unpooled: faults use the database now and then, and often right after something dropped every connection
    /// (a proxy reset, a failover, a PostgreSQL restart); a pooled one would be dead at its next use.
    private readonly Lazy<NpgsqlDataSource> database = new(() => NpgsqlDataSource.Create(
        new NpgsqlConnectionStringBuilder(stack.ConnectionString(ResourceNames.TradingDb) ?? throw new InvalidOperationException("the stack has no tradingdb"))
        {
            Pooling = false,
        }.ConnectionString));
    private readonly object redisGate = new();
    private Task<IConnectionMultiplexer>? redis;

    public IStackControl Stack { get; } = stack;

    public TimeProvider Time => Stack.Time;

    public NpgsqlDataSource Database => database.Value;

    /// The trading database's connection string with its password (a data source's own string hides it), for
    /// faults that open sessions of their own.
    public string DatabaseConnectionString =>
        Stack.ConnectionString(ResourceNames.TradingDb) ?? throw new InvalidOperationException("the stack has no tradingdb");

    /// Connects on first use; a failed connect is not kept, so the next fault tries again.
    public Task<IConnectionMultiplexer> RedisAsync()
    {
        lock (redisGate)
        {
            if (redis is null || redis.IsFaulted || redis.IsCanceled) redis = ConnectRedisAsync();
            return redis;
        }
    }

    private async Task<IConnectionMultiplexer> ConnectRedisAsync()
    {
        var options = ConfigurationOptions.Parse(Stack.ConnectionString(ResourceNames.Redis) ?? throw new InvalidOperationException("the stack has no redis"));
        options.AbortOnConnectFail = false;
        return await ConnectionMultiplexer.ConnectAsync(options);
    }

    /// A seeded random source per fault, so that a drill replays from its seed (a stable hash, not HashCode: that differs per process).
    public Random RandomFor(string faultId) => new(unchecked((Stack.Seed * 31) + StableHash(faultId)));

    /// An HTTP client for a resource's API; `admin` adds the run's X-Admin-Token.
    public HttpClient Client(string resource, bool admin = true)
    {
        var url = Stack.EndpointUrl(resource) ?? throw new InvalidOperationException($"'{resource}' has no endpoint");
        var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(10) };
        if (admin) client.DefaultRequestHeaders.Add("X-Admin-Token", Stack.AdminToken);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        if (database.IsValueCreated) await database.Value.DisposeAsync();
        if (redis is { IsCompletedSuccessfully: true }) (await redis).Dispose();
    }

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text) hash = unchecked((hash * 31) + c);
        return hash;
    }
}
