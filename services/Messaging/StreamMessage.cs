using System.Text.Json;
using GameDay.Contracts;
using StackExchange.Redis;

namespace GameDay.Messaging;

/// One entry read from a stream. `Read<T>` throws on a malformed payload, which leaves the entry
/// pending so that the janitor moves it to the DLQ after too many deliveries.
public sealed record StreamMessage(string Stream, string EntryId, string MessageId, string Type, string Payload, string Producer)
{
    /// The consumer group that cannot finish this entry and until when, if the chaos library marked it (`data.stuck-entry`).
    public StuckMark? Stuck { get; init; }

    /// The W3C `traceparent` of the span that published the entry, if it was traced.
    public string? TraceParent { get; init; }

    public T Read<T>() => JsonSerializer.Deserialize<T>(Payload, MessageJson.Options)
        ?? throw new JsonException($"Entry {EntryId} on {Stream} has an empty {Type} payload.");

    public static StreamMessage From(string stream, StreamEntry entry)
    {
        string Field(string name) => entry[name].IsNull ? "" : entry[name].ToString();
        return new StreamMessage(stream, entry.Id.ToString(), Field(StreamFields.MessageId), Field(StreamFields.Type),
            Field(StreamFields.Payload), Field(StreamFields.Producer))
        {
            Stuck = StuckMark.From(Field(StreamFields.StuckFor), Field(StreamFields.StuckUntil)),
            TraceParent = entry[StreamFields.TraceParent].IsNull ? null : entry[StreamFields.TraceParent].ToString(),
        };
    }
}
