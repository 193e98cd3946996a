using System.Collections.Concurrent;
using System.Diagnostics;
using GameDay.Contracts;
using GameDay.Messaging;
using GameDay.Services.Tests.Workers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
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
    private readonly FakeLogger<StreamConsumer> logger = new();

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

    /// The group is created once, not before every read, and again after a failure (Redis may have restarted without it).
    [Fact]
    public async Task TheGroupIsCreatedOnceAndAgainAfterAFailure()
    {
        await using var dataSource = NpgsqlDataSource.Create("Host=127.0.0.1;Port=1;Username=nobody");
        using var consumer = CreateConsumer(dataSource);

        await consumer.StartAsync(CancellationToken.None);
        await RunForAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(1, redis.GroupCreations);

        redis.FailNextWith(new StackExchange.Redis.RedisConnectionException(StackExchange.Redis.ConnectionFailureType.SocketClosed, "closed"));
        await RunUntilAsync(() => redis.GroupCreations == 2);
        await RunForAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(2, redis.GroupCreations);
        await consumer.StopAsync(CancellationToken.None);
    }

    /// The consumer's span is a child of the span that published the entry (in another process), and the handler runs
    /// inside it: what the handler writes to the outbox continues the same trace.
    [Fact]
    public async Task TheHandlerRunsInASpanThatContinuesTheEntrysTrace()
    {
        using var spans = new SpanRecorder();
        var trace = ActivityTraceId.CreateRandom();
        var publisher = ActivitySpanId.CreateRandom();
        redis.Add("1-0", new(StreamFields.MessageId, "m-1"), new(StreamFields.Type, "Test"), new(StreamFields.Payload, "{}"),
            new(StreamFields.TraceParent, $"00-{trace}-{publisher}-01"));
        await using var dataSource = NpgsqlDataSource.Create("Host=127.0.0.1;Port=1;Username=nobody");
        using var consumer = CreateConsumer(dataSource);

        await consumer.StartAsync(CancellationToken.None);
        await RunUntilAsync(() => redis.Acknowledged.Contains("1-0"));
        await consumer.StopAsync(CancellationToken.None);

        var consume = spans.Single(trace, "consume " + Stream);
        Assert.Equal(publisher, consume.ParentSpanId);
        Assert.Equal(ActivityKind.Consumer, consume.Kind);
        Assert.Equal([consume.SpanId], handler.Spans);
    }

    /// An entry marked stuck for this consumer's group holds the consumer, the next entry included, until it is no longer
    /// pending for it (dead-lettered by someone): then it goes on with the next, without handling or acknowledging it.
    [Fact]
    public async Task AStuckEntryHoldsTheConsumerUntilItIsTakenAway()
    {
        AddStuck("1-0", "test-consumer", clock.GetUtcNow().AddMinutes(5));
        redis.Add("2-0", new(StreamFields.MessageId, "m-2"), new(StreamFields.Type, "Test"), new(StreamFields.Payload, "{}"));
        await using var dataSource = NpgsqlDataSource.Create("Host=127.0.0.1;Port=1;Username=nobody");
        using var consumer = CreateConsumer(dataSource);

        await consumer.StartAsync(CancellationToken.None);
        await RunForAsync(TimeSpan.FromSeconds(30));
        Assert.Empty(handler.Handled);
        Assert.Empty(redis.Acknowledged);

        redis.Pending.TryRemove("1-0", out _);
        await RunUntilAsync(() => redis.Acknowledged.Contains("2-0"));
        Assert.Equal(["m-2"], handler.Handled);
        Assert.Equal(["2-0"], redis.Acknowledged);
        await consumer.StopAsync(CancellationToken.None);
    }

    /// The mark is a lease: once it ends the entry is an ordinary one (a copy of a real entry), handled and acknowledged;
    /// a mark for another group, or one that does not parse, holds nothing.
    [Fact]
    public async Task AStuckEntryIsHandledWhenItsLeaseEndsAndAMarkForAnotherGroupHoldsNothing()
    {
        AddStuck("1-0", "another-group", clock.GetUtcNow().AddMinutes(5));
        var leaseEnd = clock.GetUtcNow().AddSeconds(20);
        AddStuck("2-0", "test-consumer", leaseEnd);
        await using var dataSource = NpgsqlDataSource.Create("Host=127.0.0.1;Port=1;Username=nobody");
        using var consumer = CreateConsumer(dataSource);

        await consumer.StartAsync(CancellationToken.None);
        await RunUntilAsync(() => redis.Acknowledged.Contains("2-0"));
        Assert.True(clock.GetUtcNow() >= leaseEnd, "the entry was handled before its lease ended");
        Assert.Equal(["m-1-0", "m-2-0"], handler.Handled);
        await consumer.StopAsync(CancellationToken.None);
    }

    /// A handler that does not return shows in the consumer's log, naming the entry: after 10 s (on the watch's 5 s tick),
    /// then every 30 s, and no more once it is taken away.
    [Fact]
    public async Task AnEntryInHandForTenSecondsIsLoggedAndAgainEveryThirtySeconds()
    {
        AddStuck("1-0", "test-consumer", clock.GetUtcNow().AddMinutes(5));
        await using var dataSource = NpgsqlDataSource.Create("Host=127.0.0.1;Port=1;Username=nobody");
        using var consumer = CreateConsumer(dataSource);
        int StillHandling() => logger.Collector.GetSnapshot().Count(r => r.Level == LogLevel.Warning && r.Message.StartsWith("Still handling entry 1-0 ", StringComparison.Ordinal));

        await consumer.StartAsync(CancellationToken.None);
        // Counted from when the entry is in hand (its hold asks Redis), at most a second before this sees it.
        await RunUntilAsync(() => redis.PendingChecks > 0);
        await RunForAsync(TimeSpan.FromSeconds(8));
        Assert.Equal(0, StillHandling());
        await RunForAsync(TimeSpan.FromSeconds(12));
        Assert.Equal(1, StillHandling());
        await RunForAsync(TimeSpan.FromSeconds(18));
        Assert.Equal(1, StillHandling());
        await RunForAsync(TimeSpan.FromSeconds(22));
        Assert.Equal(2, StillHandling());

        // Once it is taken away the consumer goes on, and nothing in hand is logged any more.
        redis.Pending.TryRemove("1-0", out _);
        await RunForAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(2, StillHandling());
        await consumer.StopAsync(CancellationToken.None);
    }

    private void AddStuck(string id, string group, DateTimeOffset until)
    {
        redis.Add(id, new(StreamFields.MessageId, "m-" + id), new(StreamFields.Type, "Test"), new(StreamFields.Payload, "{}"),
            new(StreamFields.StuckFor, group), new(StreamFields.StuckUntil, until.ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
        redis.Pending[id] = true;
    }

    /// Lets the consumer run while the fake clock moves on a second at a time.
    private async Task RunForAsync(TimeSpan span)
    {
        for (var moved = TimeSpan.Zero; moved < span; moved += TimeSpan.FromSeconds(1))
        {
            await Task.Delay(5);
            clock.Advance(TimeSpan.FromSeconds(1));
        }
    }

    private async Task RunUntilAsync(Func<bool> condition)
    {
        for (var seconds = 0; !condition(); seconds++)
        {
            Assert.True(seconds < 120, "the condition did not hold within 120 s of the fake clock");
            await RunForAsync(TimeSpan.FromSeconds(1));
        }
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
            new StreamJanitor(redis.Multiplexer, options, clock, NullLogger<StreamJanitor>.Instance), clock, logger);
    }

    private sealed class RecordingHandler : IStreamHandler
    {
        public ConcurrentQueue<string> Handled { get; } = new();

        /// The span each entry was handled in.
        public ConcurrentQueue<ActivitySpanId> Spans { get; } = new();

        public Task HandleAsync(StreamMessage message, StreamContext context, CancellationToken cancellationToken)
        {
            Handled.Enqueue(message.MessageId);
            if (Activity.Current is { } span) Spans.Enqueue(span.SpanId);
            return Task.CompletedTask;
        }
    }
}
