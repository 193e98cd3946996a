using System.Net;
using System.Net.Http.Json;
using GameDay.Contracts;

namespace GameDay.Integration.Tests;

[Collection(StackCollection.Name)]
public sealed class HaltTests(StackFixture stack) : IAsyncLifetime
{
    public Task InitializeAsync() => stack.EnsureHealthyAsync();

    public Task DisposeAsync() => stack.EnsureHealthyAsync();

    [Fact]
    public async Task HaltStopsNewOrdersAndUnhaltResumesThem()
    {
        using var admin = stack.CreateAdminClient(ResourceNames.Orchestrator);
        await Eventually.Async(stack, "orders are being submitted", async () =>
            await stack.ScalarAsync<long>("SELECT count(*) FROM orders WHERE submitted_at IS NOT NULL") > 0, TestTimeouts.FirstTrades);

        // The audit rows of this test are those after the last one before it (a test just before may have unhalted
        // within the last second).
        var auditedBefore = await stack.ScalarAsync<long>("SELECT coalesce(max(id), 0) FROM halt_audit");
        var halt = await admin.PostAsJsonAsync("/admin/orchestrate/halt", new { reason = HaltReasons.Manual });
        Assert.Equal(HttpStatusCode.OK, halt.StatusCode);
        var haltedAt = await stack.DatabaseNowAsync();
        Assert.Equal(HaltReasons.Manual, (await stack.PnlStatusAsync()).HaltReason);

        // A manual halt is the kill switch; every other halt reason denies as trading_halted.
        await Eventually.Async(stack, "signals arriving while halted are denied by the halt", async () =>
            await stack.ScalarAsync<long>(
                "SELECT count(*) FROM risk_decisions WHERE NOT approved AND reason IN ('trading_halted', 'kill_switch') AND decided_at > $1",
                haltedAt) > 0, TestTimeouts.OrdersResume);
        await Task.Delay(TestTimeouts.HaltedObservation);
        // Submissions only: last_attempt_at also moves when the engine asks the venue about an order whose outcome
        // is unknown (a GET, allowed while halted); a resend while halted is refused by the engine itself.
        var sentWhileHalted = await stack.ScalarAsync<long>(
            "SELECT count(*) FROM orders WHERE submitted_at > $1", haltedAt + TestTimeouts.HaltPropagation);
        Assert.Equal(0, sentWhileHalted);
        using var broker = stack.CreateAdminClient(ResourceNames.Broker);
        var venueOrders = await broker.GetFromJsonAsync<List<System.Text.Json.JsonElement>>("/admin/orders");
        Assert.DoesNotContain(venueOrders!, o => o.GetProperty("createdAt").GetDateTimeOffset() > haltedAt + TestTimeouts.HaltPropagation);
        var invariants = await Invariants.CheckAsync(stack);
        Assert.True(invariants.Passed("no-order-while-halted-or-unapproved"), invariants.Describe("no-order-while-halted-or-unapproved"));

        var unhalt = await admin.PostAsync("/admin/orchestrate/unhalt", null);
        Assert.Equal(HttpStatusCode.OK, unhalt.StatusCode);
        var unhaltedAt = await stack.DatabaseNowAsync();
        await Eventually.Async(stack, "orders are submitted again after unhalt", async () =>
            await stack.ScalarAsync<long>("SELECT count(*) FROM orders WHERE submitted_at > $1", unhaltedAt) > 0,
            TestTimeouts.OrdersResume);

        Assert.Equal(2, await stack.ScalarAsync<long>(
            "SELECT count(*) FROM halt_audit WHERE id > $1 AND action IN ('halt', 'unhalt')", auditedBefore));
    }
}
