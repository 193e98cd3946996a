using System.Net.Http.Json;
using GameDay.Contracts;
using GameDay.Hosting.Testing;
using Npgsql;
using StackExchange.Redis;

namespace GameDay.Integration.Tests;

/// Starts the whole AppHost once per collection (random ports, temporary data directory) and
/// waits for readiness explicitly: every resource healthy plus one real request.
public sealed class StackFixture : IAsyncLifetime
{
    public TestDistributedApplication App { get; private set; } = null!;

    public NpgsqlDataSource Database { get; private set; } = null!;

    public IConnectionMultiplexer Redis { get; private set; } = null!;

    /// Alertmanager's webhook receiver for this stack.
    public AlertReceiver Alerts { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Alerts = await AlertReceiver.StartAsync();
        App = await DistributedApplicationTestingBuilder.StartAsync<Program>(o =>
        {
            o.StartupTimeout = TestTimeouts.StackHealthy;
            o.AlertWebhookUrl = Alerts.Url;
        });
        Database = NpgsqlDataSource.Create(App.GetConnectionString(ResourceNames.TradingDb));
        var redisOptions = ConfigurationOptions.Parse(App.GetConnectionString(ResourceNames.Redis));
        redisOptions.AbortOnConnectFail = false;
        Redis = await ConnectionMultiplexer.ConnectAsync(redisOptions);
        using var orchestrator = App.CreateHttpClient(ResourceNames.Orchestrator);
        await Eventually.Async(this, "the orchestrator answers /pnl/status", async () =>
            (await orchestrator.GetAsync("/pnl/status")).IsSuccessStatusCode, TestTimeouts.ResourceHealthy);
    }

    public async Task DisposeAsync()
    {
        Redis?.Dispose();
        if (Database is not null) await Database.DisposeAsync();
        if (App is not null) await App.DisposeAsync();
        if (Alerts is not null) await Alerts.DisposeAsync();
    }

    /// A client for a resource's admin routes, with the run's token.
    public HttpClient CreateAdminClient(string resource)
    {
        var client = App.CreateHttpClient(resource);
        client.DefaultRequestHeaders.Add("X-Admin-Token", App.AdminToken);
        return client;
    }

    public async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var command = Database.CreateCommand(sql);
        foreach (var p in parameters) command.Parameters.Add(new NpgsqlParameter { Value = p });
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default! : (T)Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async IAsyncEnumerable<string> StringsAsync(string sql)
    {
        await using var command = Database.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) yield return reader.GetString(0);
    }

    /// The database clock, so that comparisons with rows the services wrote use one clock.
    public Task<DateTime> DatabaseNowAsync() => ScalarAsync<DateTime>("SELECT now()");

    public async Task<PnlStatus> PnlStatusAsync()
    {
        using var orchestrator = App.CreateHttpClient(ResourceNames.Orchestrator);
        return (await orchestrator.GetFromJsonAsync<PnlStatus>("/pnl/status"))!;
    }

    /// Each test leaves the stack healthy; this restores it when a test could not.
    public async Task EnsureHealthyAsync()
    {
        foreach (var snapshot in App.GetSnapshots().Where(s => !s.IsHealthy))
        {
            if (snapshot.Paused) await App.ExecuteCommandAsync(snapshot.Name, "resume");
            else if (snapshot.State is not Hosting.ResourceState.Running and not Hosting.ResourceState.Starting)
                await App.ExecuteCommandAsync(snapshot.Name, "start");
        }
        await App.WaitForAllHealthyAsync(TestTimeouts.ResourceHealthy);
        var status = await PnlStatusAsync();
        if (status.Halted)
        {
            using var admin = CreateAdminClient(ResourceNames.Orchestrator);
            (await admin.PostAsync("/admin/orchestrate/unhalt", null)).EnsureSuccessStatusCode();
        }
    }
}

public sealed record PnlStatus(string State, bool Halted, string? HaltReason, decimal RealizedPnl, decimal UnrealizedPnl, decimal TotalPnl, int OpenPositions);

/// The stack of every integration test but the scenario drills that share the machine (DrillTests); also the stack of
/// every test that needs the machine to itself (Machine.Alone), which run in a phase of their own (test-phases).
[CollectionDefinition(Name)]
public sealed class StackCollection : ICollectionFixture<StackFixture>
{
    public const string Name = "stack";
}

/// A stack of its own for the scenario drills (DrillTests), which run beside the other tests: each collection has its
/// own fixture, so its own AppHost, data directory and ports. It has no test that needs the machine alone, so it is
/// not started in that phase.
[CollectionDefinition(Name)]
public sealed class DrillStackCollection : ICollectionFixture<StackFixture>
{
    public const string Name = "drill-stack";
}
