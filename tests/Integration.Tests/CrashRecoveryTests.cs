using GameDay.Contracts;

namespace GameDay.Integration.Tests;

[Collection(StackCollection.Name)]
public sealed class CrashRecoveryTests(StackFixture stack) : IAsyncLifetime
{
    public Task InitializeAsync() => stack.EnsureHealthyAsync();

    public Task DisposeAsync() => stack.EnsureHealthyAsync();

    [Fact]
    public async Task KillingTheExecutionEngineMidFlowLosesAndDuplicatesNoOrder()
    {
        await Eventually.Async(stack, "orders are flowing", async () =>
            await stack.ScalarAsync<long>("SELECT count(*) FROM orders WHERE submitted_at IS NOT NULL") > 0, TestTimeouts.FirstTrades);

        var result = await stack.App.ExecuteCommandAsync(ResourceNames.ExecutionEngine, "kill");
        Assert.True(result.Succeeded, result.Message);
        var killedAt = await stack.DatabaseNowAsync();

        await Eventually.Async(stack, "approvals accumulate while the engine is down", async () =>
            await stack.ScalarAsync<long>("SELECT count(*) FROM risk_decisions WHERE approved AND decided_at > $1", killedAt) >= 2,
            TestTimeouts.OrdersResume);
        var downtimePending = await stack.ScalarAsync<long>(
            "SELECT count(*) FROM risk_decisions d WHERE d.approved AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.client_order_id = d.client_order_id)");
        Assert.True(downtimePending > 0, "approvals are waiting on orders.approved while the engine is down");
        var approvedBeforeRestart = new List<string>();
        await foreach (var id in stack.StringsAsync("SELECT client_order_id FROM risk_decisions WHERE approved"))
        {
            approvedBeforeRestart.Add(id);
        }

        Assert.True((await stack.App.ExecuteCommandAsync(ResourceNames.ExecutionEngine, "start")).Succeeded);
        await stack.App.WaitForResourceAsync(ResourceNames.ExecutionEngine, s => s.IsHealthy, TestTimeouts.ResourceHealthy);

        await Eventually.Async(stack, "every approval made before the restart has exactly one order past the uncertain states", async () =>
            await stack.ScalarAsync<long>(
                """
                SELECT count(*) FROM orders
                WHERE client_order_id = ANY($1) AND status NOT IN ('INITIALIZED', 'SUBMITTED', 'PENDING_CANCEL')
                """, (object)approvedBeforeRestart.ToArray()) == approvedBeforeRestart.Count, TestTimeouts.Backlog);
        Assert.Equal(approvedBeforeRestart.Count, await stack.ScalarAsync<long>(
            "SELECT count(*) FROM orders WHERE client_order_id = ANY($1)", (object)approvedBeforeRestart.ToArray()));

        var invariants = await Invariants.CheckAsync(stack);
        Assert.True(invariants.Passed("no-duplicate"), invariants.Describe("no-duplicate"));
        Assert.True(invariants.Passed("no-lost-order"), invariants.Describe("no-lost-order"));
        Assert.True(invariants.Passed("positions-match-venue"), invariants.Describe("positions-match-venue"));
    }
}
