using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using HealthStatus = GameDay.Hosting.HealthStatus;
using ResourceCommands = GameDay.Hosting.ResourceCommands;
using ResourceSnapshot = GameDay.Hosting.ResourceSnapshot;
using GameDay.Infrastructure.Control;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;

namespace GameDay.Infrastructure.Tests;

/// The trading services as Aspire project resources on the infrastructure, run by DCP from their build output: every
/// one healthy, listening on loopback with the run's settings, trades within a minute, and a restart that brings a
/// service back on a new process. One stack for the class: each test leaves every service running and healthy.
public sealed class TradingStackTests(TradingStackTests.Stack stack, ITestOutputHelper output) : IClassFixture<TradingStackTests.Stack>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    private DistributedApplication app => stack.App.App;

    private ResourceTracker Tracker => app.Services.GetRequiredService<ResourceTracker>();

    public sealed class Stack : IAsyncLifetime
    {
        public InfrastructureApp App { get; } = new(trading: true);

        public Task InitializeAsync() => App.StartAsync();

        public Task DisposeAsync() => App.DisposeAsync().AsTask();
    }

    [Fact]
    public async Task EveryServiceRunsItsBuiltProgramOnLoopbackAndTradesFlow()
    {
        var adminToken = await app.Services.GetRequiredService<DistributedApplicationModel>().Resources
            .OfType<ParameterResource>().Single(p => p.Name == "admin-token").GetValueAsync(default);
        foreach (var service in InfrastructureApp.Services)
        {
            var pid = Tracker.Find(service)?.Pid ?? throw new InvalidOperationException($"{service} has no process.");
            var commandLine = File.ReadAllText($"/proc/{pid}/cmdline").Split('\0', StringSplitOptions.RemoveEmptyEntries);
            var environment = File.ReadAllText($"/proc/{pid}/environ").Split('\0', StringSplitOptions.RemoveEmptyEntries);
            Assert.EndsWith(Path.Combine("artifacts", "bin", Project(service), "debug", Project(service)), commandLine[0], StringComparison.Ordinal);
            Assert.Single(commandLine);
            Assert.Contains(environment, e => e.StartsWith("ASPNETCORE_URLS=http://127.0.0.1:", StringComparison.Ordinal));
            Assert.Contains($"ADMIN_TOKEN={adminToken}", environment);
            Assert.Contains("Market__Seed=42", environment);
        }

        await using var trading = NpgsqlDataSource.Create((await app.GetConnectionStringAsync("tradingdb"))!);
        var clock = Stopwatch.StartNew();
        long trades = 0;
        while (trades == 0 && clock.Elapsed < Wait)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            await using var count = trading.CreateCommand("SELECT count(*) FROM trades");
            trades = (long)(await count.ExecuteScalarAsync())!;
        }
        Assert.True(trades > 0, $"no trade within {Wait.TotalSeconds} s of every resource being healthy");
        output.WriteLine($"first trade {clock.Elapsed.TotalSeconds:F1} s after every resource was healthy");
    }

    [Fact]
    public async Task ARestartedServiceComesBackOnANewProcessWarmingUpWithItsConfigurationOverrides()
    {
        var control = app.Services.GetRequiredService<AspireStackControl>();
        control.SetConfigOverride("signal-generator", "GAMEDAY_TEST_OVERRIDE", "on");
        control.SetConfigOverride("signal-generator", "LOGGING__CONSOLE__FORMATTERNAME", null);
        try
        {
            var before = Tracker.Find("signal-generator")!;
            var clock = Stopwatch.StartNew();
            var gone = Task.Run(async () =>
            {
                while (!Processes.IsGone(before.Pid!.Value) && clock.Elapsed < Wait) await Task.Delay(20);
                return clock.Elapsed;
            });
            // The command may return only once the new process is healthy: its first sight is watched from the start.
            var fresh = Task.Run(() => SnapshotAsync("signal-generator", s => s.Pid is { } pid && pid != before.Pid));
            Assert.True((await control.ExecuteCommandAsync("signal-generator", ResourceCommands.Restart, default)).Succeeded);
            var started = clock.Elapsed;
            var first = await fresh;
            Assert.True(first.WarmingUp, $"a requested restart warms up: {first}");
            var again = await SnapshotAsync("signal-generator", s => s.Pid == first.Pid && s.Health == HealthStatus.Healthy);
            output.WriteLine($"signal-generator restart: old process gone after {(await gone).TotalSeconds:F1} s, command done after "
                + $"{started.TotalSeconds:F1} s, healthy after {clock.Elapsed.TotalSeconds:F1} s");
            Assert.Equal(before.Restarts + 1, again.Restarts);
            Assert.Equal(before.Crashes, again.Crashes);
            Assert.True(Processes.IsGone(before.Pid!.Value), $"signal-generator pid {before.Pid} outlived its restart");
            Assert.False(Tracker.Find("signal-generator")!.WarmingUp);
            var environment = File.ReadAllText($"/proc/{again.Pid}/environ").Split('\0');
            Assert.Contains("GAMEDAY_TEST_OVERRIDE=on", environment);
            Assert.DoesNotContain(environment, e => e.StartsWith("LOGGING__CONSOLE__FORMATTERNAME=", StringComparison.Ordinal));

            var endpoint = Assert.Single(control.Snapshots().Single(s => s.Name == "signal-generator").Endpoints);
            Assert.Equal(control.Proxy("signal-generator")!.Port, endpoint.Port);
            Assert.Equal($"http://127.0.0.1:{endpoint.Port}", endpoint.Url);
        }
        finally
        {
            control.ClearConfigOverride("signal-generator", "GAMEDAY_TEST_OVERRIDE");
            control.ClearConfigOverride("signal-generator", "LOGGING__CONSOLE__FORMATTERNAME");
        }
        Assert.Empty(control.ConfigOverrides("signal-generator"));
    }

    [Fact]
    public async Task APausedServiceReadsUnhealthyInSecondsAndHealthyAgainWhenResumed()
    {
        // Aspire itself checks a healthy resource every 30 s: a hung service would read healthy that long.
        var within = TimeSpan.FromSeconds(5);
        await Tracker.SnapshotAsync("risk-manager", s => s.IsHealthy, Wait);
        Assert.True((await Tracker.ExecuteCommandAsync("risk-manager", ResourceCommands.Pause, default)).Succeeded);
        try
        {
            await Tracker.SnapshotAsync("risk-manager", s => s.Health == HealthStatus.Unhealthy, within);
        }
        finally
        {
            Assert.True((await Tracker.ExecuteCommandAsync("risk-manager", ResourceCommands.Resume, default)).Succeeded);
        }
        await Tracker.SnapshotAsync("risk-manager", s => s.IsHealthy, within);
    }

    [Fact]
    public async Task TheControlApiServesTheStackBehindTheAdminToken()
    {
        var control = app.Services.GetRequiredService<AspireStackControl>();
        using var http = new HttpClient { BaseAddress = new Uri(control.ControlUrl) };
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await http.GetAsync("/api/resources")).StatusCode);

        http.DefaultRequestHeaders.Add("X-Admin-Token", control.AdminToken);
        var resources = await http.GetFromJsonAsync<List<ResourceSnapshot>>("/api/resources", JsonSerializerOptions.Web);
        Assert.Superset(InfrastructureApp.Services.ToHashSet(), resources!.Select(r => r.Name).ToHashSet());
        Assert.Contains("gameday_resource_healthy{resource=\"broker\"}", await http.GetStringAsync("/metrics"), StringComparison.Ordinal);
        var logs = await http.GetFromJsonAsync<List<string>>("/api/resources/broker/logs?tail=5");
        Assert.InRange(logs!.Count, 1, 5);
        var env = await http.GetStringAsync("/api/env");
        Assert.Contains("export TRADINGDB_URL='postgres://trader:", env, StringComparison.Ordinal);
        Assert.Contains($"export GAMEDAY_CONTROL_URL='{control.ControlUrl}'", env, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await http.PostAsync("/api/resources/nothing/commands/restart", null)).StatusCode);

        var responder = Tracker.Find("incident-responder")!.Pid!.Value;
        Assert.Contains($"GAMEDAY_CONTROL_URL={control.ControlUrl}", File.ReadAllText($"/proc/{responder}/environ").Split('\0'));
    }

    [Fact]
    public async Task PrometheusScrapesTheResourcesHealthFromTheControlApi()
    {
        using var prometheus = new HttpClient { BaseAddress = app.GetEndpoint("prometheus", "http") };
        var query = Uri.EscapeDataString("gameday_resource_healthy{job=\"apphost\",resource=\"execution-engine\"}");
        var clock = Stopwatch.StartNew();
        var answer = "";
        while (!answer.Contains("\"1\"]", StringComparison.Ordinal) && clock.Elapsed < Wait)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            answer = await prometheus.GetStringAsync($"/api/v1/query?query={query}");
        }
        Assert.Contains("\"1\"]", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFaultInjectedThroughTheControlApiReachesTheProxyAndAHealRevertsIt()
    {
        var control = app.Services.GetRequiredService<AspireStackControl>();
        using var http = new HttpClient { BaseAddress = new Uri(control.ControlUrl) };
        http.DefaultRequestHeaders.Add("X-Admin-Token", control.AdminToken);
        var proxy = control.Proxy("redis")!;
        using (var injected = await http.PostAsJsonAsync("/api/faults",
            new { kind = "network.latency", target = "redis", with = new Dictionary<string, string> { ["latency"] = "300ms" }, duration = "60s" }))
        {
            Assert.True(injected.IsSuccessStatusCode, await injected.Content.ReadAsStringAsync());
        }
        Assert.Equal(TimeSpan.FromMilliseconds(300), proxy.Settings.Latency);

        using var healed = await http.PostAsync("/api/faults/heal", null);
        Assert.True(healed.IsSuccessStatusCode, await healed.Content.ReadAsStringAsync());
        Assert.True(proxy.Settings.IsPassThrough, proxy.Settings.Describe());
    }

    private static string Project(string service) => service switch
    {
        "data-ingestor" => "GameDay.DataIngestor",
        "signal-generator" => "GameDay.SignalGenerator",
        "risk-manager" => "GameDay.RiskManager",
        "execution-engine" => "GameDay.ExecutionEngine",
        "incident-responder" => "GameDay.IncidentResponder",
        _ => "GameDay." + char.ToUpperInvariant(service[0]) + service[1..],
    };

    private Task<ResourceSnapshot> SnapshotAsync(string resource, Func<ResourceSnapshot, bool> condition) =>
        Tracker.SnapshotAsync(resource, condition, Wait, TimeSpan.FromMilliseconds(20));
}
