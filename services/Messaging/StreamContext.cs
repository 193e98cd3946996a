using Npgsql;

namespace GameDay.Messaging;

/// The transaction a message is handled in (null for subscriptions without an inbox), and the
/// outbox that writes into it.
public sealed class StreamContext(NpgsqlConnection? connection, NpgsqlTransaction? transaction, OutboxWriter outbox)
{
    public NpgsqlConnection Connection => connection ?? throw NoTransaction();

    public NpgsqlTransaction Transaction => transaction ?? throw NoTransaction();

    public Task EnqueueAsync<T>(string stream, T message, string messageId, CancellationToken cancellationToken) =>
        outbox.EnqueueAsync(Connection, Transaction, stream, message, messageId, cancellationToken);

    private static InvalidOperationException NoTransaction() =>
        new("This subscription has no inbox, so its handler runs without a database transaction.");
}
