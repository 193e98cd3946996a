using GameDay.Contracts;

namespace GameDay.Integration.Tests;

[Collection(StackCollection.Name)]
public sealed class TradeFlowTests(StackFixture stack) : IAsyncLifetime
{
    public Task InitializeAsync() => stack.EnsureHealthyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TradesFlowFromMarketDataToTheVenueAndIntoPostgres()
    {
        await Eventually.Async(stack, "a filled order has trades and a position in PostgreSQL", async () =>
            await stack.ScalarAsync<long>(
                """
                SELECT count(*) FROM orders o
                JOIN trades t ON t.client_order_id = o.client_order_id
                JOIN positions p ON p.symbol = o.symbol
                JOIN risk_decisions d ON d.client_order_id = o.client_order_id AND d.approved
                JOIN signals s ON s.signal_id = o.signal_id
                WHERE o.status IN ('FILLED', 'PARTIALLY_FILLED')
                """) > 0,
            TestTimeouts.FirstTrades);

        Assert.True(await stack.ScalarAsync<long>("SELECT count(*) FROM bars") > 0, "the ingestor persists bars");
        var status = await stack.PnlStatusAsync();
        Assert.Equal(TradingStates.Active, status.State);
        Assert.True(status.OpenPositions > 0 || status.RealizedPnl != 0, "PnL status reflects the trades");
        Assert.Equal(status.RealizedPnl + status.UnrealizedPnl, status.TotalPnl);

        // One order is one trace: the tick's entry, the signal's, the approval's and each fill's carry the trace id the
        // engine kept for the order (its submission and fills are spans of it). Orders placed through the test-order
        // route start at a request, not a tick, so one complete chain among the newest is asked for.
        IReadOnlyList<OrderTrace.Chain> chains = [];
        await Eventually.Async(stack, "a filled order is one trace from its tick to its fills", async () =>
            (chains = await OrderTrace.NewestFilledAsync(stack)).Any(c => c.IsOneTrace),
            TestTimeouts.FirstTrades, () => Task.FromResult(OrderTrace.Describe(chains)));
    }
}
