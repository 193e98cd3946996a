using System.Collections.Concurrent;
using GameDay.Messaging;
using GameDay.Services.Tests.Workers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace GameDay.Services.Tests.Messaging;

/// Issue 20: in CI a Redis restart made the execution engine's consumer throw an exception it did not know; the
/// consumer let it escape and the host stopped for good. Whatever the client throws, the consumer goes on.
public sealed class StreamConsumerTests
{
    private const string Stream = "test.stream";

    private readonly WaitingClock clock = new();
    private readonly ScriptedRedis redis = ScriptedRedis.Create();
    private readonly RecordingHandler handler = new();

    [Fact]
    public async Task TheExceptionThatStoppedTheEngineInCiNeitherEndsTheConsumerNorLosesTheEntry()
    {
        redis.FailNextWith(new InvalidOperationException("Writing is not allowed after writer was completed."));
        redis.Add("1-0", new(StreamFields.MessageId, "m-1"), new(StreamFields.Type, "Test"), new(StreamFields.Payload, "{}"));
        await using var dataSource = NpgsqlDataSource.Create("Host=127.0.0.1;Port=1;Username=nobody");
        using var consumer = CreateConsumer(dataSource);

        await consumer.StartAsync(CancellationToken.None);
        for (var waits = 0; !redis.Acknowledged.Contains("1-0") && waits < 20; waits++)
        {
            await Task.WhenAny(clock.WaitForWaiterAsync(), consumer.ExecuteTask!);
            Assert.False(consumer.ExecuteTask!.IsCompleted, $"the consumer ended: {consumer.ExecuteTask.Exception?.GetBaseException().Message}");
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(["m-1"], handler.Handled);
        Assert.Equal(["1-0"], redis.Acknowledged);
        await consumer.StopAsync(CancellationToken.None);
    }

    private StreamConsumer CreateConsumer(NpgsqlDataSource dataSource)
    {
        var options = new MessagingOptions { ServiceName = "test-consumer" };
        var schema = new SchemaReady();
        schema.MarkReady();
        var services = new ServiceCollection().AddSingleton(handler).BuildServiceProvider();
        // Without an inbox the handler runs outside a transaction: the database is never opened.
        Subscription[] subscriptions = [new(Stream, typeof(RecordingHandler), UseInbox: false, StartFromBeginning: true)];
        return new StreamConsumer(services, subscriptions, redis.Multiplexer, dataSource, new OutboxWriter(options, clock), options, schema,
            new StreamJanitor(redis.Multiplexer, options, clock, NullLogger<StreamJanitor>.Instance), clock, NullLogger<StreamConsumer>.Instance);
    }

    private sealed class RecordingHandler : IStreamHandler
    {
        public ConcurrentQueue<string> Handled { get; } = new();

        public Task HandleAsync(StreamMessage message, StreamContext context, CancellationToken cancellationToken)
        {
            Handled.Enqueue(message.MessageId);
            return Task.CompletedTask;
        }
    }
}
