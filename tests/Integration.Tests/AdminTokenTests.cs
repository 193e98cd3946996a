using System.Net;
using System.Net.Http.Json;
using GameDay.Contracts;

namespace GameDay.Integration.Tests;

[Collection(StackCollection.Name)]
public sealed class AdminTokenTests(StackFixture stack) : IAsyncLifetime
{
    public Task InitializeAsync() => stack.EnsureHealthyAsync();

    public Task DisposeAsync() => stack.EnsureHealthyAsync();

    public static TheoryData<string, string, string> AdminRoutes => new()
    {
        { ResourceNames.Orchestrator, "POST", "/admin/orchestrate/halt" },
        { ResourceNames.Orchestrator, "POST", "/admin/orchestrate/unhalt" },
        { ResourceNames.Orchestrator, "POST", "/emergency/stop-trading" },
        { ResourceNames.Orchestrator, "GET", "/admin/streams/pending?stream=orders.approved&group=execution-engine" },
        { ResourceNames.Orchestrator, "GET", "/admin/streams/dlq?stream=orders.approved" },
        { ResourceNames.Orchestrator, "POST", "/admin/streams/dlq/requeue" },
        { ResourceNames.Orchestrator, "POST", "/admin/streams/pending/dead-letter" },
        { ResourceNames.Broker, "POST", "/admin/session/invalidate" },
        { ResourceNames.Broker, "GET", "/admin/state" },
        { ResourceNames.ExecutionEngine, "POST", "/admin/reconcile" },
        { ResourceNames.RiskManager, "POST", "/admin/test-orders" },
    };

    [Theory]
    [MemberData(nameof(AdminRoutes))]
    public async Task AdminRoutesRefuseAMissingOrWrongToken(string resource, string method, string path)
    {
        using var client = stack.App.CreateHttpClient(resource);
        foreach (var token in new[] { null, "wrong-token", stack.App.AdminToken[..^1] })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path)
            {
                Content = method == "POST" ? JsonContent.Create(new { reason = HaltReasons.Manual }) : null,
            };
            if (token is not null) request.Headers.Add("X-Admin-Token", token);
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
        var status = await stack.PnlStatusAsync();
        Assert.False(status.Halted, "a refused halt must not halt trading");
    }

    [Fact]
    public async Task TheControlApiRefusesAMissingOrWrongToken()
    {
        using var client = new HttpClient { BaseAddress = new Uri(stack.App.ControlApiUrl) };
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/resources")).StatusCode);
        client.DefaultRequestHeaders.Add("X-Admin-Token", "wrong-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/resources/broker/commands/kill", null)).StatusCode);
        Assert.True(stack.App.GetSnapshot(ResourceNames.Broker).IsHealthy);
    }
}
