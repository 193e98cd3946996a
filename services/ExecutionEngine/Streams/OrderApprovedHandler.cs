using System.Text.Json;
using GameDay.Contracts.Messages;
using GameDay.ExecutionEngine.Infrastructure;
using GameDay.ExecutionEngine.Model;
using GameDay.Messaging;
using Microsoft.Extensions.Options;

namespace GameDay.ExecutionEngine.Streams;

/// Records an approved order as INITIALIZED, in the inbox transaction; the submitter takes it from there. An order the
/// configured contract does not accept fails here, stays pending and is dead-lettered after too many deliveries.
public sealed class OrderApprovedHandler(OrderStore store, IOptions<ExecutionOptions> options) : IStreamHandler
{
    public async Task HandleAsync(StreamMessage message, StreamContext context, CancellationToken cancellationToken)
    {
        if (message.Type != nameof(OrderApproved)) return;
        var order = message.Read<OrderApproved>();
        if (options.Value.OrderContract >= 2 && !HasAccount(message.Payload))
        {
            throw new OrderContractException(
                $"OrderApproved {order.ClientOrderId} has no account, which order contract {options.Value.OrderContract} requires " +
                $"(Execution__OrderContract); its producer {message.Producer} sends contract 1.");
        }

        await store.InsertInitializedAsync(context.Connection, context.Transaction, order, cancellationToken);
    }

    private static bool HasAccount(string payload)
    {
        using var document = JsonDocument.Parse(payload);
        return document.RootElement.TryGetProperty("account", out var account) && account.ValueKind == JsonValueKind.String;
    }
}
