using System.Diagnostics;
using GameDay.ServiceDefaults.Workers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using StackExchange.Redis;

namespace GameDay.Messaging;

/// Runs every subscription of the service: its own pending entries first, then new ones; per
/// entry one transaction with the inbox insert and the domain write; XACK only after commit.
public sealed partial class StreamConsumer(
    IServiceProvider services, IEnumerable<Subscription> subscriptions, IConnectionMultiplexer redis,
    NpgsqlDataSource dataSource, OutboxWriter outbox, MessagingOptions options, SchemaReady schema,
    StreamJanitor janitor, TimeProvider time, ILogger<StreamConsumer> logger) : BackgroundService
{
    private static readonly TimeSpan QuietAfterFailure = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await schema.WaitAsync(stoppingToken);
        await Task.WhenAll(subscriptions.Select(s => RunAsync(s, stoppingToken)));
    }

    private async Task RunAsync(Subscription subscription, CancellationToken stoppingToken)
    {
        var handler = (IStreamHandler)services.GetRequiredService(subscription.HandlerType);
        // The dead-letter counter starts at 0 for every stream this service consumes, so that increase() sees the first
        // entry it dead-letters (DlqGrowing names the service from it); the metrics pipeline listens by now.
        MessagingMetrics.DeadLettered.Add(0, new KeyValuePair<string, object?>("stream", subscription.Stream));
        // Own pending entries first, walking forward from a cursor: re-reading from "0" would hand a
        // failing entry back at once, for ever, and keep its idle time at zero so the janitor never
        // dead-letters it. null means the pending list is done and new entries are read.
        string? pendingCursor = "0";
        var nextJanitorRun = time.GetUtcNow();
        var quietUntil = time.GetUtcNow();
        // The group is created once, and again after any failure (Redis may have come back without it): creating it
        // before every read doubled the idle traffic, two round trips per poll of every subscription.
        var groupReady = false;
        using var watch = new HandlingWatch(time, logger);
        // Whatever a round throws, a Redis or database outage or an exception nobody foresaw, the loop goes on.
        var loop = new WorkerLoop($"consumer/{subscription.Stream}", time, logger);
        await loop.RunAsync(async ct =>
        {
            try
            {
                if (!groupReady)
                {
                    await EnsureGroupAsync(subscription);
                    groupReady = true;
                }
                var entries = await redis.GetDatabase().StreamReadGroupAsync(subscription.Stream, options.ServiceName,
                    options.ServiceName, pendingCursor ?? StreamPosition.NewMessages, count: 100);
                if (pendingCursor is not null) pendingCursor = entries.Length == 0 ? null : entries[^1].Id.ToString();
                foreach (var entry in entries)
                {
                    await ProcessAsync(subscription, handler, watch, StreamMessage.From(subscription.Stream, entry), ct);
                }
                // No dead-lettering while the database or Redis is failing: those entries are not poison.
                if (time.GetUtcNow() >= nextJanitorRun && time.GetUtcNow() >= quietUntil)
                {
                    await janitor.SweepAsync(subscription, m => ProcessAsync(subscription, handler, watch, m, ct));
                    nextJanitorRun = time.GetUtcNow() + options.JanitorInterval;
                }
                return entries.Length == 0 ? options.PollInterval : TimeSpan.Zero;
            }
            catch (Exception) when (!ct.IsCancellationRequested)
            {
                // After a failure the own pending entries are read again from the start (some may have been
                // delivered and not acknowledged), and the janitor waits for a quiet spell.
                pendingCursor = "0";
                groupReady = false;
                quietUntil = time.GetUtcNow() + QuietAfterFailure;
                throw;
            }
        }, stoppingToken);
    }

    private async Task EnsureGroupAsync(Subscription subscription)
    {
        try
        {
            await redis.GetDatabase().StreamCreateConsumerGroupAsync(subscription.Stream, options.ServiceName,
                subscription.StartFromBeginning ? StreamPosition.Beginning : StreamPosition.NewMessages, createStream: true);
        }
        catch (RedisServerException ex) when (ex.Message.StartsWith("BUSYGROUP", StringComparison.Ordinal))
        {
        }
    }

    /// Returns true when the entry was acknowledged. The watch sees which entry is in hand and since when.
    private async Task<bool> ProcessAsync(
        Subscription subscription, IStreamHandler handler, HandlingWatch watch, StreamMessage message, CancellationToken cancellationToken)
    {
        watch.Begin(message);
        try
        {
            return await ConsumeAsync(subscription, handler, message, cancellationToken);
        }
        finally
        {
            watch.End();
        }
    }

    private async Task<bool> ConsumeAsync(Subscription subscription, IStreamHandler handler, StreamMessage message, CancellationToken cancellationToken)
    {
        // A child of the producer's span: the handler's writes, and the messages it enqueues, continue the entry's trace.
        using var activity = TraceContext.Start(MessagingTelemetry.Source, $"consume {subscription.Stream}", ActivityKind.Consumer, message.TraceParent);
        activity?.SetTag("messaging.system", "redis");
        activity?.SetTag("messaging.destination.name", subscription.Stream);
        activity?.SetTag("messaging.message.id", message.MessageId);
        if (message.Stuck?.Group == options.ServiceName
            && !await StuckEntryHold.HoldAsync(redis.GetDatabase(), message, options.ServiceName, options.ServiceName, time, cancellationToken))
        {
            LogTakenAway(subscription.Stream, message.EntryId);
            return false;
        }
        try
        {
            if (subscription.UseInbox) await HandleInTransactionAsync(handler, message, cancellationToken);
            else await handler.HandleAsync(message, new StreamContext(null, null, outbox), cancellationToken);
        }
        catch (Exception ex) when (!TransientFailure.Is(ex) && !cancellationToken.IsCancellationRequested)
        {
            MessagingMetrics.Failed.Add(1, new KeyValuePair<string, object?>("stream", subscription.Stream));
            LogHandlerFailed(ex, subscription.Stream, message.EntryId, message.Type);
            return false;
        }
        await redis.GetDatabase().StreamAcknowledgeAsync(subscription.Stream, options.ServiceName, message.EntryId);
        MessagingMetrics.Processed.Add(1, new KeyValuePair<string, object?>("stream", subscription.Stream));
        return true;
    }

    private async Task HandleInTransactionAsync(IStreamHandler handler, StreamMessage message, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var inbox = new NpgsqlCommand(
            """
            INSERT INTO inbox (consumer_group, message_id, stream_entry, processed_at)
            VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING
            """, connection, transaction);
        inbox.Parameters.AddWithValue(options.ServiceName);
        inbox.Parameters.AddWithValue(string.IsNullOrEmpty(message.MessageId) ? message.Stream + ":" + message.EntryId : message.MessageId);
        inbox.Parameters.AddWithValue(message.EntryId);
        inbox.Parameters.AddWithValue(time.GetUtcNow());
        if (await inbox.ExecuteNonQueryAsync(cancellationToken) == 1)
        {
            await handler.HandleAsync(message, new StreamContext(connection, transaction, outbox), cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Entry {EntryId} of {Stream} is no longer pending for this consumer (dead-lettered, acknowledged or claimed); going on with the next")]
    private partial void LogTakenAway(string stream, string entryId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling entry {EntryId} ({Type}) of {Stream} failed; it stays pending")]
    private partial void LogHandlerFailed(Exception ex, string stream, string entryId, string type);
}
