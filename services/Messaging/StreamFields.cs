namespace GameDay.Messaging;

/// Field names of a stream entry; the DLQ adds the `dlq_*` ones.
public static class StreamFields
{
    public const string MessageId = "message_id";
    public const string Type = "type";
    public const string Payload = "payload";
    public const string Producer = "producer";
    public const string ProducedAt = "produced_at";

    public const string DlqOriginalStream = "dlq_stream";
    public const string DlqOriginalId = "dlq_original_id";
    public const string DlqGroup = "dlq_group";
    public const string DlqDeliveries = "dlq_deliveries";
    public const string DlqAt = "dlq_at";
}
