namespace GameDay.Messaging;

/// Handles the entries of one stream for one consumer group. Throwing leaves the entry pending:
/// it is delivered again, and after too many deliveries moved to the DLQ.
public interface IStreamHandler
{
    Task HandleAsync(StreamMessage message, StreamContext context, CancellationToken cancellationToken);
}
