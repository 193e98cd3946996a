namespace GameDay.Contracts;

/// Field names of a stream entry (part of the wire contract, like the stream names); the DLQ adds the `dlq_*` ones.
public static class StreamFields
{
    public const string MessageId = "message_id";
    public const string Type = "type";
    public const string Payload = "payload";
    public const string Producer = "producer";
    public const string ProducedAt = "produced_at";

    /// The W3C `traceparent` of the span that published the entry: the consumer's span continues its trace.
    public const string TraceParent = "traceparent";

    /// Set by the chaos library's `data.stuck-entry`: the consumer group that cannot finish this entry, and until when
    /// (the fault's lease, so that the entry frees its consumer even if nobody reverts the fault).
    public const string StuckFor = "chaos_stuck_for";
    public const string StuckUntil = "chaos_stuck_until";

    public const string DlqOriginalStream = "dlq_stream";
    public const string DlqOriginalId = "dlq_original_id";
    public const string DlqGroup = "dlq_group";
    public const string DlqDeliveries = "dlq_deliveries";
    public const string DlqAt = "dlq_at";
    public const string DlqReason = "dlq_reason";
}
