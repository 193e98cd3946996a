using System.Net.Http.Json;
using System.Text.Json;
using GameDay.Contracts;
using GameDay.Hosting;

namespace GameDay.Integration.Tests;

[Collection(StackCollection.Name)]
public sealed class PrometheusTests(StackFixture stack) : IAsyncLifetime
{
    public Task InitializeAsync() => stack.EnsureHealthyAsync();

    public Task DisposeAsync() => stack.EnsureHealthyAsync();

    [Fact]
    public async Task PrometheusScrapesEveryServiceAndTheAppHost()
    {
        using var prometheus = stack.App.CreateHttpClient(ResourceNames.Prometheus);
        string[] jobs =
        [
            .. stack.App.Resources.OfType<ProjectResource>().Select(r => r.Name),
            "apphost", ResourceNames.Prometheus, ResourceNames.Alertmanager,
        ];
        await Eventually.Async(stack, $"Prometheus has exactly the targets {string.Join(", ", jobs)}, every one up", async () =>
        {
            var targets = (await prometheus.GetFromJsonAsync<JsonElement>("/api/v1/targets?state=active"))
                .GetProperty("data").GetProperty("activeTargets").EnumerateArray()
                .Select(t => (Job: t.GetProperty("labels").GetProperty("job").GetString(), Health: t.GetProperty("health").GetString()))
                .ToList();
            return targets.Select(t => t.Job).Order().SequenceEqual(jobs.Order()) && targets.All(t => t.Health == "up");
        }, TestTimeouts.ResourceHealthy);

        var resources = stack.App.Resources.Select(r => r.Name).Order().ToList();
        await Eventually.Async(stack, "gameday_resource_healthy is 1 for every resource, scraped from the AppHost", async () =>
        {
            var series = (await prometheus.GetFromJsonAsync<JsonElement>("/api/v1/query?query=gameday_resource_healthy"))
                .GetProperty("data").GetProperty("result").EnumerateArray()
                .Select(s => (
                    Resource: s.GetProperty("metric").GetProperty("resource").GetString(),
                    Job: s.GetProperty("metric").GetProperty("job").GetString(),
                    Value: s.GetProperty("value")[1].GetString()))
                .ToList();
            return series.Select(s => s.Resource).Order().SequenceEqual(resources)
                && series.All(s => s is { Job: "apphost", Value: "1" });
        }, TestTimeouts.ResourceHealthy);
    }
}
