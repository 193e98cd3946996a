using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using GameDay.Hosting.Proxy;
using GameDay.Infrastructure.Control;
using GameDay.Infrastructure.Proxies;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using StackExchange.Redis;

namespace GameDay.Infrastructure.Tests;

/// PostgreSQL (with a database) and Redis of Debian's packages as Aspire executable resources, started by DCP through
/// Aspire.Hosting.Testing: healthy, reachable with their connection strings, no secret on a command line, and a restart
/// that keeps the data and stops the server cleanly while a client holds a connection.
public sealed class InfrastructureTests : IAsyncLifetime
{
    private static readonly TimeSpan Healthy = InfrastructureApp.Healthy;
    private readonly InfrastructureApp stack = new();

    private DistributedApplication app => stack.App;

    public Task InitializeAsync() => stack.StartAsync();

    public Task DisposeAsync() => stack.DisposeAsync().AsTask();

    [Fact]
    public async Task TheDatabaseAndRedisAnswerWithTheirConnectionStrings()
    {
        await using var database = NpgsqlDataSource.Create((await app.GetConnectionStringAsync("tradingdb"))!);
        await using var query = database.CreateCommand("SELECT current_database()");
        Assert.Equal("trading", await query.ExecuteScalarAsync());

        await using var redis = await ConnectionMultiplexer.ConnectAsync((await app.GetConnectionStringAsync("redis"))!);
        var id = await redis.GetDatabase().StreamAddAsync("test.stream", "field", "value");
        Assert.Single(await redis.GetDatabase().StreamRangeAsync("test.stream", id, id));
    }

    [Fact]
    public async Task NoPasswordIsOnACommandLine()
    {
        foreach (var (resource, connectionName) in new[] { ("postgres", "postgres"), ("redis", "redis") })
        {
            var password = Password((await app.GetConnectionStringAsync(connectionName))!);
            var root = await PidAsync(resource);
            var seen = string.Join('\n', Processes.Tree(root).Select(Processes.CommandLineAndEnvironment));
            Assert.DoesNotContain(password, seen, StringComparison.Ordinal);
            Assert.Contains(resource == "postgres" ? "postgres" : "redis-server", seen, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ARestartKeepsTheDataAndStopsTheServerWhileAClientIsConnected()
    {
        var connectionString = (await app.GetConnectionStringAsync("tradingdb"))!;
        await using (var create = new NpgsqlConnection(connectionString))
        {
            await create.OpenAsync();
            await using var command = new NpgsqlCommand("CREATE TABLE kept (id int); INSERT INTO kept VALUES (42)", create);
            await command.ExecuteNonQueryAsync();
        }

        // A client that stays: a "smart" shutdown would wait for it until DCP killed the server.
        await using var idle = new NpgsqlConnection(connectionString + ";Pooling=false");
        await idle.OpenAsync();
        var before = await PidAsync("postgres");
        var restarted = await app.ResourceCommands.ExecuteCommandAsync("postgres", KnownResourceCommands.RestartCommand);
        Assert.True(restarted.Success, restarted.Message);
        await PidAsync("postgres", except: before);
        using var timeout = new CancellationTokenSource(Healthy);
        await app.ResourceNotifications.WaitForResourceHealthyAsync("postgres", timeout.Token);

        await using var reader = new NpgsqlConnection(connectionString + ";Pooling=false");
        await reader.OpenAsync();
        await using var select = new NpgsqlCommand("SELECT id FROM kept", reader);
        Assert.Equal(42, await select.ExecuteScalarAsync());

        // A fast shutdown ends the idle client's session with 57P01; a server killed after a "smart" shutdown had waited
        // for it would have dropped the socket without a word.
        await using var probe = new NpgsqlCommand("SELECT 1", idle);
        var ended = await Assert.ThrowsAnyAsync<NpgsqlException>(() => probe.ExecuteScalarAsync());
        Assert.True(ended is PostgresException { SqlState: "57P01" } || ended.InnerException is PostgresException { SqlState: "57P01" }, ended.ToString());
        var log = await LogAsync("postgres", lines => lines.Any(l => l.Contains("shutdown request", StringComparison.Ordinal)));
        Assert.True(log.Any(l => l.Contains("received fast shutdown request", StringComparison.Ordinal)), string.Join("\n", log));
    }

    [Fact]
    public async Task StoppingTheApplicationLeavesNoProcessAndNoProxyListening()
    {
        var tracker = app.Services.GetRequiredService<ResourceTracker>();
        var proxies = app.Services.GetRequiredService<FaultProxies>().All().Select(p => p.Port).ToList();
        var processes = tracker.Snapshots().Where(s => s.Pid is not null).SelectMany(s => Processes.Tree(s.Pid!.Value)).ToList();
        Assert.NotEmpty(processes);

        await stack.DisposeAsync();

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (processes.Any(p => !Processes.IsGone(p)) && DateTime.UtcNow < deadline) await Task.Delay(100);
        Assert.All(processes, p => Assert.True(Processes.IsGone(p), $"pid {p} ({Processes.Comm(p)}) outlived the application"));
        foreach (var port in proxies)
        {
            using var client = new System.Net.Sockets.TcpClient();
            await Assert.ThrowsAnyAsync<System.Net.Sockets.SocketException>(() => client.ConnectAsync(System.Net.IPAddress.Loopback, port));
        }
    }

    [Fact]
    public async Task ClientsGoThroughTheFaultProxyWhoseFaultsDoNotMakeTheServerUnhealthy()
    {
        var proxy = app.Services.GetRequiredService<FaultProxies>().Find("postgres")!;
        var connectionString = (await app.GetConnectionStringAsync("tradingdb"))! + ";Pooling=false;Timeout=3";
        Assert.Equal(proxy.Port, new NpgsqlConnectionStringBuilder(connectionString).Port);
        await using (var through = new NpgsqlConnection(connectionString))
        {
            await through.OpenAsync();
            Assert.NotEmpty(proxy.Connections);
        }

        proxy.Settings = ProxySettings.PassThrough with { Reset = true };
        try
        {
            await using var refused = new NpgsqlConnection(connectionString);
            await Assert.ThrowsAnyAsync<NpgsqlException>(() => refused.OpenAsync());
            // The tracker checks a healthy resource every second, on the server's own port.
            await Task.Delay(TimeSpan.FromSeconds(2.5));
            var tracker = app.Services.GetRequiredService<ResourceTracker>();
            Assert.True(tracker.Find("postgres")!.IsHealthy, $"{tracker.Find("postgres")}");
            Assert.True(tracker.Find("tradingdb")!.IsHealthy, $"{tracker.Find("tradingdb")}");
        }
        finally
        {
            proxy.Settings = ProxySettings.PassThrough;
        }
        await using var again = new NpgsqlConnection(connectionString);
        await again.OpenAsync();
    }

    /// The log lines of the resource's process so far, once `enough` holds for them (or what there is after 30 s).
    private async Task<List<string>> LogAsync(string resource, Func<List<string>, bool> enough)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var running = await app.ResourceNotifications.WaitForResourceAsync(resource, e => e.Snapshot.State?.Text == KnownResourceStates.Running, timeout.Token);
        var lines = new List<string>();
        try
        {
            await foreach (var batch in app.Services.GetRequiredService<ResourceLoggerService>().WatchAsync(running.ResourceId).WithCancellation(timeout.Token))
            {
                lines.AddRange(batch.Select(l => l.Content));
                if (enough(lines)) break;
            }
        }
        catch (OperationCanceledException)
        {
        }
        return lines;
    }

    /// The pid of the resource's process once it runs (another than `except`).
    private async Task<int> PidAsync(string resource, int? except = null)
    {
        using var timeout = new CancellationTokenSource(Healthy);
        var running = await app.ResourceNotifications.WaitForResourceAsync(resource,
            e => e.Snapshot.State?.Text == KnownResourceStates.Running && Pid(e.Snapshot) is { } pid && pid != except, timeout.Token);
        return Pid(running.Snapshot)!.Value;
    }

    private static int? Pid(CustomResourceSnapshot snapshot) =>
        snapshot.Properties.FirstOrDefault(p => p.Name == "executable.pid")?.Value is { } value
            ? Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)
            : null;

    private static string Password(string connectionString) =>
        connectionString.Split([';', ','], StringSplitOptions.TrimEntries)
            .First(part => part.StartsWith("password=", StringComparison.OrdinalIgnoreCase))["password=".Length..];
}
