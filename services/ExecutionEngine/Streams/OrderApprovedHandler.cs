using GameDay.Contracts.Messages;
using GameDay.ExecutionEngine.Infrastructure;
using GameDay.Messaging;

namespace GameDay.ExecutionEngine.Streams;

/// Records an approved order as INITIALIZED, in the inbox transaction; the submitter takes it from there.
public sealed class OrderApprovedHandler(OrderStore store) : IStreamHandler
{
    public async Task HandleAsync(StreamMessage message, StreamContext context, CancellationToken cancellationToken)
    {
        if (message.Type != nameof(OrderApproved)) return;
        await store.InsertInitializedAsync(context.Connection, context.Transaction, message.Read<OrderApproved>(), cancellationToken);
    }
}
