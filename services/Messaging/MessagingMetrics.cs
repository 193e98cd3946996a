using System.Diagnostics.Metrics;

namespace GameDay.Messaging;

internal static class MessagingMetrics
{
    private static readonly Meter Meter = new("GameDay.Messaging");

    public static readonly Counter<long> Processed = Meter.CreateCounter<long>("stream_messages_processed", description: "Stream entries handled and acknowledged");
    public static readonly Counter<long> Failed = Meter.CreateCounter<long>("stream_messages_failed", description: "Stream entry deliveries whose handler failed");
    public static readonly Counter<long> PublishFailures = Meter.CreateCounter<long>("stream_publish_failures", description: "XADDs that failed (Redis down, out of memory)");
    public static readonly Counter<long> DeadLettered = Meter.CreateCounter<long>("stream_messages_dead_lettered", description: "Stream entries moved to a DLQ");
    public static readonly Counter<long> Requeued = Meter.CreateCounter<long>("stream_dlq_requeued", description: "DLQ entries put back on their original stream");
}
