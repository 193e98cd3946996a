using System.Diagnostics;
using System.Text.Json;
using GameDay.Contracts;
using StackExchange.Redis;

namespace GameDay.Messaging;

/// Direct XADD, for messages that change no database row (ticks). Everything else goes
/// through the outbox.
public sealed class StreamPublisher(IConnectionMultiplexer redis, MessagingOptions options, TimeProvider time)
{
    public Task<RedisValue> PublishAsync<T>(string stream, T message, string messageId) =>
        PublishRawAsync(stream, messageId, MessageJson.TypeName<T>(), JsonSerializer.Serialize(message, MessageJson.Options));

    /// `traceParent`: the span that caused the message (an outbox row's), when it is not the current one.
    public async Task<RedisValue> PublishRawAsync(string stream, string messageId, string type, string payload, string? traceParent = null)
    {
        // No Redis instrumentation package is available here, so publishes get a producer span of their own.
        using var activity = TraceContext.Start(MessagingTelemetry.Source, $"publish {stream}", ActivityKind.Producer, traceParent);
        activity?.SetTag("messaging.system", "redis");
        activity?.SetTag("messaging.destination.name", stream);
        activity?.SetTag("messaging.message.id", messageId);
        List<NameValueEntry> fields =
        [
            new(StreamFields.MessageId, messageId),
            new(StreamFields.Type, type),
            new(StreamFields.Payload, payload),
            new(StreamFields.Producer, options.ServiceName),
            new(StreamFields.ProducedAt, time.GetUtcNow().ToString("O")),
        ];
        // With no span recorded here, the kept cause passes through unchanged, or else the caller's span.
        if ((activity?.Id ?? traceParent ?? TraceContext.Current()) is { } parent) fields.Add(new(StreamFields.TraceParent, parent));
        try
        {
            return await redis.GetDatabase().StreamAddAsync(stream, [.. fields], maxLength: options.MaxLengthOf(stream), useApproximateMaxLength: true);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            MessagingMetrics.PublishFailures.Add(1, new KeyValuePair<string, object?>("stream", stream));
            throw;
        }
    }
}
