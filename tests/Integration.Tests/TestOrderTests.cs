using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GameDay.Contracts;

namespace GameDay.Integration.Tests;

/// The operator's "test with one small order": it goes through the risk manager's checks and reaches the venue like
/// any order, and a request it cannot place is refused with problem details.
[Collection(StackCollection.Name)]
public sealed class TestOrderTests(StackFixture stack) : IAsyncLifetime
{
    public Task InitializeAsync() => stack.EnsureHealthyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ATestOrderIsDecidedAndTheApprovedOneIsExecuted()
    {
        using var client = stack.CreateAdminClient(ResourceNames.RiskManager);
        string? symbol = null;
        await Eventually.Async(stack, "the risk manager has a reference price", async () =>
        {
            using var references = JsonDocument.Parse(await client.GetStringAsync("/references"));
            symbol = references.RootElement.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).FirstOrDefault();
            return symbol is not null;
        }, TestTimeouts.FirstTrades);

        // A buy and a sell of one symbol: whatever the position, one of them passes the position checks (the strategy
        // holds at most one unit, so the one with the position is refused when it is held). Checks of the moment may
        // refuse both (the order rate right after the trade-flow test, a reference price a restart left stale): the
        // pair is placed again, a few seconds later, at most five times, and every refusal is on the record.
        var placed = new List<string>();
        var refusals = new List<string>();
        long approved = 0;
        for (var attempt = 1; approved == 0; attempt++)
        {
            Assert.True(attempt <= 5, "no test order of five buy-and-sell pairs was approved: " + string.Join("; ", refusals));
            if (attempt > 1) await Task.Delay(TimeSpan.FromSeconds(5));
            var pair = new List<string>();
            foreach (var side in new[] { Side.Buy, Side.Sell })
            {
                using var response = await client.PostAsJsonAsync("/admin/test-orders", new { symbol, side });
                Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
                using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                pair.Add(body.RootElement.GetProperty("clientOrderId").GetString()!);
            }

            await Eventually.Async(stack, "both test orders decided by the risk manager", async () =>
                await stack.ScalarAsync<long>("SELECT count(*) FROM risk_decisions WHERE client_order_id = ANY($1)", Ids(pair)) == 2,
                TestTimeouts.FirstTrades);
            approved = await stack.ScalarAsync<long>(
                "SELECT count(*) FROM risk_decisions WHERE client_order_id = ANY($1) AND approved", Ids(pair));
            var refused = await stack.ScalarAsync<string>(
                "SELECT string_agg(side || ' ' || coalesce(reason, '?') || ' (' || coalesce(trading_state, '?') || ')', ', ') " +
                "FROM risk_decisions WHERE client_order_id = ANY($1) AND NOT approved", Ids(pair));
            if (refused is not null) refusals.Add($"attempt {attempt}: {refused}");
            placed = pair;
        }

        await Eventually.Async(stack, "the approved test orders reached the venue", async () =>
            await stack.ScalarAsync<long>(
                """
                SELECT count(*) FROM orders o JOIN risk_decisions d USING (client_order_id)
                WHERE d.client_order_id = ANY($1) AND d.approved AND o.status <> 'INITIALIZED'
                """, Ids(placed)) == approved,
            TestTimeouts.FirstTrades);
    }

    /// The ids as one array parameter ($1), not as one parameter each.
    private static object[] Ids(List<string> ids) => [ids.ToArray()];

    [Theory]
    [InlineData("RELIANCE", "HOLD", "side")]
    [InlineData("NOSUCHSYMBOL", "BUY", "symbol")]
    [InlineData(null, "BUY", "symbol")]
    public async Task ARequestItCannotPlaceIsAProblem(string? symbol, string side, string field)
    {
        using var client = stack.CreateAdminClient(ResourceNames.RiskManager);
        using var response = await client.PostAsJsonAsync("/admin/test-orders", new { symbol, side });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(body.RootElement.GetProperty("errors").TryGetProperty(field, out _), $"the problem names '{field}'");
    }
}
