using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GameDay.ServiceDefaults.Chaos;
using Microsoft.Extensions.DependencyInjection;

namespace GameDay.Services.Tests.ServiceDefaults;

[Collection(ServiceHostCollection.Name)]
public sealed class ChaosEndpointsTests
{
    private const string SixSeconds = """{"latencyMs":6000,"durationSeconds":300,"runId":"run-9","faultId":"f0002"}""";

    private static StringContent Json(string body) => new(body, System.Text.Encoding.UTF8, "application/json");

    [Fact]
    public async Task PutTurnsAScopeOnAndGetShowsItWithTheOthersOff()
    {
        await using var host = await ChaosHost.StartAsync();

        using var put = await host.Client.PutAsync(new Uri("/admin/chaos/processing", UriKind.Relative), Json(SixSeconds));
        var scopes = (await host.Client.GetFromJsonAsync<List<ChaosScopeView>>(new Uri("/admin/chaos", UriKind.Relative)))!;

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var setting = host.App.Services.GetRequiredService<ChaosState>().Get(ChaosScopes.Processing);
        Assert.Equal((TimeSpan.FromSeconds(6), 0.0, 1.0, "run-9", "f0002"),
            (setting?.Latency, setting?.FaultRate, setting?.InjectionRate, setting?.RunId, setting?.FaultId));
        Assert.Equal(ChaosScopes.All, scopes.Select(s => s.Scope));
        var processing = Assert.Single(scopes, s => s.Active);
        Assert.Equal((ChaosScopes.Processing, 6000.0, "run-9"), (processing.Scope, processing.LatencyMs, processing.RunId));
        Assert.InRange(processing.RemainingSeconds, 1, 300);
    }

    [Theory]
    [InlineData("""{"faultRate":1.5,"durationSeconds":60}""", "faultRate")]
    [InlineData("""{"latencyMs":-1,"durationSeconds":60}""", "latencyMs")]
    [InlineData("""{"latencyMs":800,"injectionRate":2,"durationSeconds":60}""", "injectionRate")]
    [InlineData("""{"latencyMs":800}""", "durationSeconds")]
    [InlineData("""{"latencyMs":800,"durationSeconds":3600}""", "durationSeconds")]
    [InlineData("""{"durationSeconds":60}""", "latencyMs")]
    [InlineData("""{"latency":800,"durationSeconds":60}""", "body")]
    [InlineData("""{"latencyMs":""", "body")]
    [InlineData("", "body")]
    public async Task PutRefusesABadSettingWithProblemDetailsNamingTheField(string body, string field)
    {
        await using var host = await ChaosHost.StartAsync();

        using var put = await host.Client.PutAsync(new Uri("/admin/chaos/processing", UriKind.Relative), Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.Equal("application/problem+json", put.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await put.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), problem.RootElement.ToString());
        Assert.Empty(host.App.Services.GetRequiredService<ChaosState>().Active());
    }

    [Fact]
    public async Task AnUnknownScopeIsNotFound()
    {
        await using var host = await ChaosHost.StartAsync();

        using var put = await host.Client.PutAsync(new Uri("/admin/chaos/disk", UriKind.Relative), Json(SixSeconds));
        using var delete = await host.Client.DeleteAsync(new Uri("/admin/chaos/disk", UriKind.Relative));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (put.StatusCode, delete.StatusCode));
    }

    [Fact]
    public async Task DeletingIsIdempotentAndSaysWhatWasCleared()
    {
        await using var host = await ChaosHost.StartAsync();
        using var put = await host.Client.PutAsync(new Uri("/admin/chaos/db", UriKind.Relative), Json(SixSeconds));

        var first = await DeleteAsync(host, "/admin/chaos/db");
        var second = await DeleteAsync(host, "/admin/chaos/db");
        var all = await DeleteAsync(host, "/admin/chaos");

        Assert.Equal([ChaosScopes.Db], first.Cleared);
        Assert.Empty(second.Cleared);
        Assert.Empty(all.Cleared);
        Assert.Empty(host.App.Services.GetRequiredService<ChaosState>().Active());
    }

    [Fact]
    public async Task DeleteAllClearsEveryActiveScope()
    {
        await using var host = await ChaosHost.StartAsync();
        using var http = await host.Client.PutAsync(new Uri("/admin/chaos/http", UriKind.Relative), Json(SixSeconds));
        using var redis = await host.Client.PutAsync(new Uri("/admin/chaos/redis", UriKind.Relative), Json(SixSeconds));

        var all = await DeleteAsync(host, "/admin/chaos");

        Assert.Equal([ChaosScopes.Http, ChaosScopes.Redis], all.Cleared);
        Assert.Empty(host.App.Services.GetRequiredService<ChaosState>().Active());
    }

    [Fact]
    public async Task TheChaosRoutesRefuseAMissingOrWrongAdminToken()
    {
        await using var host = await ChaosHost.StartAsync();
        using var anonymous = new HttpClient { BaseAddress = host.Client.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Put, "/admin/chaos/processing") { Content = Json(SixSeconds) };
        request.Headers.Add("X-Admin-Token", "wrong");

        using var get = await anonymous.GetAsync(new Uri("/admin/chaos", UriKind.Relative));
        using var put = await anonymous.SendAsync(request);

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (get.StatusCode, put.StatusCode));
        Assert.Empty(host.App.Services.GetRequiredService<ChaosState>().Active());
    }

    [Fact]
    public async Task PrometheusSeesWhichScopeIsActive()
    {
        await using var host = await ChaosHost.StartAsync();
        using var put = await host.Client.PutAsync(new Uri("/admin/chaos/processing", UriKind.Relative), Json(SixSeconds));

        var lines = (await host.Client.GetStringAsync(new Uri("/metrics", UriKind.Relative))).Split('\n');

        Assert.Contains(lines, l => l.StartsWith("chaos_active{", StringComparison.Ordinal) && l.Contains("scope=\"processing\"", StringComparison.Ordinal) && l.EndsWith(" 1", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("chaos_active{", StringComparison.Ordinal) && l.Contains("scope=\"http\"", StringComparison.Ordinal) && l.EndsWith(" 0", StringComparison.Ordinal));
    }

    private static async Task<ChaosCleared> DeleteAsync(ChaosHost host, string path)
    {
        using var response = await host.Client.DeleteAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ChaosCleared>())!;
    }
}
