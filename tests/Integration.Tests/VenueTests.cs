using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GameDay.Contracts;

namespace GameDay.Integration.Tests;

[Collection(StackCollection.Name)]
public sealed class VenueTests(StackFixture stack) : IAsyncLifetime
{
    public Task InitializeAsync() => stack.EnsureHealthyAsync();

    public Task DisposeAsync() => stack.EnsureHealthyAsync();

    [Fact]
    public async Task AReusedClientOrderIdCreatesNoSecondOrder()
    {
        using var venue = await LoggedInClientAsync();
        var order = await RestingOrderAsync(venue);

        using var first = await venue.PostAsJsonAsync("/api/v1/venues/primary/orders", order);
        using var replay = await venue.PostAsJsonAsync("/api/v1/venues/primary/orders", order);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        var firstId = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orderId").GetString();
        Assert.Equal(firstId, (await replay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orderId").GetString());
        var open = await venue.GetFromJsonAsync<JsonElement>("/api/v1/venues/primary/orders?status=open");
        Assert.Single(open.EnumerateArray(), o => o.GetProperty("clientOrderId").GetString() == order.ClientOrderId);
        (await venue.DeleteAsync($"/api/v1/venues/primary/orders/{order.ClientOrderId}")).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task TheVenueRejectsAStaleSessionToken()
    {
        using var venue = await LoggedInClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await venue.GetAsync("/api/v1/account")).StatusCode);

        using var admin = stack.CreateAdminClient(ResourceNames.Broker);
        (await admin.PostAsync("/admin/session/invalidate", null)).EnsureSuccessStatusCode();

        using var stale = await venue.GetAsync("/api/v1/account");
        Assert.Equal(HttpStatusCode.Unauthorized, stale.StatusCode);
        Assert.Equal("invalid_token", (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
        using var fresh = await LoggedInClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/api/v1/account")).StatusCode);

        // The engine's session died with the others: the credentials-expired runbook restarts it for a new login.
        Assert.True((await stack.App.ExecuteCommandAsync(ResourceNames.ExecutionEngine, "restart")).Succeeded);
        await stack.App.WaitForResourceAsync(ResourceNames.ExecutionEngine, s => s.IsHealthy, TestTimeouts.ResourceHealthy);
    }

    private async Task<HttpClient> LoggedInClientAsync()
    {
        var client = stack.App.CreateHttpClient(ResourceNames.Broker);
        using var login = await client.PostAsJsonAsync("/api/v1/session/token", new { apiKey = "gameday-api-key", apiSecret = "gameday-api-secret" });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        client.DefaultRequestHeaders.Add("X-Source-Ip", "203.0.113.10");
        return client;
    }

    /// A BUY 5 % under the market: it rests on the book and never changes a position.
    private static async Task<VenueOrderRequest> RestingOrderAsync(HttpClient venue)
    {
        var quotes = await venue.GetFromJsonAsync<JsonElement>("/api/v1/market/quotes");
        var reliance = quotes.EnumerateArray().First(q => q.GetProperty("symbol").GetString() == "RELIANCE");
        var limit = Math.Round(reliance.GetProperty("price").GetDecimal() * 0.95m / 0.05m) * 0.05m;
        return new VenueOrderRequest("TEST-" + Guid.NewGuid().ToString("N"), "RELIANCE", Side.Buy, 1, "LIMIT", limit);
    }

    private sealed record VenueOrderRequest(string ClientOrderId, string Symbol, string Side, int Quantity, string Type, decimal LimitPrice);
}
