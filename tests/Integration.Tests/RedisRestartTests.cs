using GameDay.Contracts;
using StackExchange.Redis;

namespace GameDay.Integration.Tests;

[Collection(StackCollection.Name)]
public sealed class RedisRestartTests(StackFixture stack) : IAsyncLifetime
{
    private const string MarkerStream = "gameday.test.restart";

    public Task InitializeAsync() => stack.EnsureHealthyAsync();

    public Task DisposeAsync() => stack.EnsureHealthyAsync();

    [Fact]
    public async Task RestartingRedisAfterACrashLosesNoStreamEntry()
    {
        var db = stack.Redis.GetDatabase();
        // On a fresh stack (this test run alone, or first) the first signal takes a while.
        await Eventually.Async(stack, "a signal is on its stream", async () => await db.StreamLengthAsync(StreamNames.Signals) > 0,
            TestTimeouts.FirstTrades);
        var written = new List<RedisValue>();
        for (var i = 0; i < 100; i++) written.Add(await db.StreamAddAsync(MarkerStream, "n", i));
        var signalsBefore = await db.StreamLengthAsync(StreamNames.Signals);
        var lastSignalBefore = (await db.StreamRangeAsync(StreamNames.Signals, "-", "+", 1, Order.Descending)).Single().Id;

        // SIGKILL, not a clean shutdown: only the AOF written on every command can save the entries.
        Assert.True((await stack.App.ExecuteCommandAsync(ResourceNames.Redis, "kill")).Succeeded);
        Assert.True((await stack.App.ExecuteCommandAsync(ResourceNames.Redis, "start")).Succeeded);
        await stack.App.WaitForAllHealthyAsync(TestTimeouts.ResourceHealthy);

        var read = await db.StreamRangeAsync(MarkerStream);
        Assert.Equal(written, read.Select(e => e.Id).ToList());
        Assert.True(await db.StreamLengthAsync(StreamNames.Signals) >= signalsBefore);
        Assert.Single(await db.StreamRangeAsync(StreamNames.Signals, lastSignalBefore, lastSignalBefore));
        var restartedAt = await stack.DatabaseNowAsync();
        await Eventually.Async(stack, "the pipeline trades again after the Redis restart", async () =>
            await stack.ScalarAsync<long>("SELECT count(*) FROM orders WHERE created_at > $1", restartedAt) > 0,
            TestTimeouts.OrdersResume);
        await db.KeyDeleteAsync(MarkerStream);
    }
}
