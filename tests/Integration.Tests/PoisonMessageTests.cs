using System.Net.Http.Json;
using System.Text.Json;
using GameDay.Contracts;
using StackExchange.Redis;

namespace GameDay.Integration.Tests;

[Collection(StackCollection.Name)]
public sealed class PoisonMessageTests(StackFixture stack) : IAsyncLifetime
{
    public Task InitializeAsync() => stack.EnsureHealthyAsync();

    public Task DisposeAsync() => stack.EnsureHealthyAsync();

    [Fact]
    public Task APoisonMessageEndsInTheDlqWithoutStoppingItsConsumer() => PoisonEndsInDlqAsync(restartConsumer: false);

    [Fact]
    public Task APoisonMessageEndsInTheDlqEvenWhenItsConsumerRestarts() => PoisonEndsInDlqAsync(restartConsumer: true);

    private async Task PoisonEndsInDlqAsync(bool restartConsumer)
    {
        var poisonId = await stack.Redis.GetDatabase().StreamAddAsync(StreamNames.OrdersApproved,
        [
            new("message_id", "poison-" + Guid.NewGuid()),
            new("type", "OrderApproved"),
            new("payload", "{this is not json"),
            new("producer", "integration-test"),
        ]);
        var injectedAt = await stack.DatabaseNowAsync();
        using var admin = stack.CreateAdminClient(ResourceNames.Orchestrator);
        if (restartConsumer)
        {
            // A restart makes the consumer read its own pending entries first, the poison among them.
            await Eventually.Async(stack, "the engine has tried the poison once", async () =>
                (await admin.GetFromJsonAsync<JsonElement>("/admin/streams/pending?stream=orders.approved&group=execution-engine"))
                    .GetProperty("entries").EnumerateArray().Any(e => e.GetProperty("id").GetString() == poisonId.ToString()),
                TestTimeouts.DeadLetter);
            Assert.True((await stack.App.ExecuteCommandAsync(ResourceNames.ExecutionEngine, "restart")).Succeeded);
            await stack.App.WaitForResourceAsync(ResourceNames.ExecutionEngine, s => s.IsHealthy, TestTimeouts.ResourceHealthy);
        }

        await Eventually.Async(stack, $"entry {poisonId} is in orders.approved.dlq", async () =>
        {
            var dlq = await admin.GetFromJsonAsync<JsonElement>("/admin/streams/dlq?stream=orders.approved");
            return dlq.GetProperty("entries").EnumerateArray().Any(e =>
                e.GetProperty("fields").TryGetProperty("dlq_original_id", out var id) && id.GetString() == poisonId.ToString());
        }, TestTimeouts.DeadLetter);

        var pending = await admin.GetFromJsonAsync<JsonElement>("/admin/streams/pending?stream=orders.approved&group=execution-engine");
        Assert.DoesNotContain(pending.GetProperty("entries").EnumerateArray(), e => e.GetProperty("id").GetString() == poisonId.ToString());
        Assert.True(stack.App.GetSnapshot(ResourceNames.ExecutionEngine).IsHealthy);
        await Eventually.Async(stack, "the execution engine keeps taking new orders", async () =>
            await stack.ScalarAsync<long>("SELECT count(*) FROM orders WHERE created_at > $1", injectedAt) > 0,
            TestTimeouts.OrdersResume);
    }
}
