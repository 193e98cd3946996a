namespace GameDay.Integration.Tests;

[Collection(StackCollection.Name)]
public sealed class InvariantTests(StackFixture stack) : IAsyncLifetime
{
    public Task InitializeAsync() => stack.EnsureHealthyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task EveryGlobalInvariantHoldsOnATradingStack()
    {
        await Eventually.Async(stack, "trades are recorded", async () =>
            await stack.ScalarAsync<long>("SELECT count(*) FROM trades") > 0, TestTimeouts.FirstTrades);

        var report = await Invariants.CheckAsync(stack);

        Assert.True(report.AllPassed, report.Describe());
    }

    [Fact]
    public async Task TheInvariantCheckNamesAPositionThatDiffersFromTheVenue()
    {
        // A symbol nobody trades, so the tampering races with no fill.
        const string symbol = "GAMEDAY-TEST";
        await stack.ScalarAsync<long>(
            "INSERT INTO positions (symbol, quantity, average_price, realized_pnl, updated_at) VALUES ($1, 7, 100, 0, now())", symbol);
        try
        {
            var report = await Invariants.CheckAsync(stack);
            Assert.False(report.Passed("positions-match-venue"));
            Assert.Contains($"{symbol}: database 7, venue 0", report.Describe("positions-match-venue"));
        }
        finally
        {
            await stack.ScalarAsync<long>("DELETE FROM positions WHERE symbol = $1", symbol);
        }
    }
}
