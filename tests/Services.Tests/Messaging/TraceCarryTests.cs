using System.Diagnostics;
using GameDay.Messaging;
using GameDay.Services.Tests.Workers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using NameValueEntry = StackExchange.Redis.NameValueEntry;

namespace GameDay.Services.Tests.Messaging;

/// Issue 11: a stream entry carries its producer's trace, so that the consumer's work (and what it enqueues) is part
/// of the same trace; an outbox row published later by the relay goes out in the trace that wrote it. Alone: activity
/// listeners are process-wide, and the hosts of other tests (ChaosHost) listen to every GameDay source.
[Collection(ActivityListenersCollection.Name)]
public sealed class TraceCarryTests : IDisposable
{
    private const string Stream = "test.stream";
    private const string TraceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    private const string OrderTrace = $"00-{TraceId}-00f067aa0ba902b7-01";

    private readonly WaitingClock clock = new();
    private readonly ScriptedRedis redis = ScriptedRedis.Create();
    private readonly MessagingOptions options = new() { ServiceName = "test-service" };
    private readonly ActivityListener listener = new()
    {
        ShouldListenTo = source => source.Name == "GameDay.Messaging",
        Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
    };

    public TraceCarryTests() => ActivitySource.AddActivityListener(listener);

    public void Dispose() => listener.Dispose();

    [Fact]
    public async Task ARelayedOutboxRowIsPublishedInTheTraceThatWroteIt()
    {
        var publisher = new StreamPublisher(redis.Multiplexer, options, clock);

        await publisher.PublishRawAsync(Stream, "m-1", "Test", "{}", OrderTrace);

        var traceParent = Field(Assert.Single(redis.Added), StreamFields.TraceParent);
        Assert.True(ActivityContext.TryParse(traceParent, null, out var context), $"not a traceparent: '{traceParent}'");
        Assert.Equal(TraceId, context.TraceId.ToHexString());
        // The entry names the publish span, a child of the order's span, not the order's span itself.
        Assert.NotEqual(OrderTrace, traceParent);
    }

    [Fact]
    public async Task WithNothingListeningTheEntryStillCarriesTheTraceItWasGiven()
    {
        listener.Dispose();
        var publisher = new StreamPublisher(redis.Multiplexer, options, clock);

        await publisher.PublishRawAsync(Stream, "m-1", "Test", "{}", OrderTrace);

        Assert.Equal(OrderTrace, Field(Assert.Single(redis.Added), StreamFields.TraceParent));
    }

    [Fact]
    public async Task TheConsumerHandlesAnEntryInsideItsProducersTrace()
    {
        redis.Add("1-0", new(StreamFields.MessageId, "m-1"), new(StreamFields.Type, "Test"), new(StreamFields.Payload, "{}"),
            new(StreamFields.TraceParent, OrderTrace));
        var handler = new TraceRecordingHandler();
        await using var dataSource = NpgsqlDataSource.Create("Host=127.0.0.1;Port=1;Username=nobody");
        using var consumer = CreateConsumer(handler, dataSource);

        await consumer.StartAsync(CancellationToken.None);
        // The consumer reads its (empty) pending list first, then waits a poll interval on the clock.
        for (var waits = 0; !handler.Seen.Task.IsCompleted && waits < 20; waits++)
        {
            await Task.WhenAny(clock.WaitForWaiterAsync(), handler.Seen.Task);
            clock.Advance(TimeSpan.FromSeconds(1));
        }
        var seen = await handler.Seen.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await consumer.StopAsync(CancellationToken.None);

        Assert.Equal($"consume {Stream}", seen?.DisplayName);
        Assert.Equal(TraceId, seen?.TraceId.ToHexString());
        Assert.Equal("00f067aa0ba902b7", seen?.ParentSpanId.ToHexString());
        Assert.Equal(ActivityKind.Consumer, seen?.Kind);
    }

    private static string Field(NameValueEntry[] fields, string name) =>
        fields.Where(f => f.Name == name).Select(f => (string?)f.Value).SingleOrDefault() ?? "(absent)";

    private StreamConsumer CreateConsumer(TraceRecordingHandler handler, NpgsqlDataSource dataSource)
    {
        var schema = new SchemaReady();
        schema.MarkReady();
        var services = new ServiceCollection().AddSingleton(handler).BuildServiceProvider();
        Subscription[] subscriptions = [new(Stream, typeof(TraceRecordingHandler), UseInbox: false, StartFromBeginning: true)];
        return new StreamConsumer(services, subscriptions, redis.Multiplexer, dataSource, new OutboxWriter(options, clock), options, schema,
            new StreamJanitor(redis.Multiplexer, options, clock, NullLogger<StreamJanitor>.Instance), clock, NullLogger<StreamConsumer>.Instance);
    }

    private sealed class TraceRecordingHandler : IStreamHandler
    {
        public TaskCompletionSource<Activity?> Seen { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task HandleAsync(StreamMessage message, StreamContext context, CancellationToken cancellationToken)
        {
            Seen.TrySetResult(Activity.Current);
            return Task.CompletedTask;
        }
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ActivityListenersCollection
{
    public const string Name = "activity listeners";
}
