using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace GameDay.Messaging;

/// Writes an outbox row in the caller's transaction, so the message exists iff the change commits; the row keeps the
/// current span's trace context.
public sealed class OutboxWriter(MessagingOptions options, TimeProvider time)
{
    public async Task EnqueueAsync<T>(NpgsqlConnection connection, NpgsqlTransaction transaction, string stream,
        T message, string messageId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO outbox (producer, stream, message_id, type, payload, created_at, trace_parent)
            VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (message_id) DO NOTHING
            """, connection, transaction);
        command.Parameters.AddWithValue(options.ServiceName);
        command.Parameters.AddWithValue(stream);
        command.Parameters.AddWithValue(messageId);
        command.Parameters.AddWithValue(MessageJson.TypeName<T>());
        command.Parameters.AddWithValue(NpgsqlDbType.Jsonb, JsonSerializer.Serialize(message, MessageJson.Options));
        command.Parameters.AddWithValue(time.GetUtcNow());
        // The span the row is written in (a consumer's, a request's): the relay's publish continues its trace.
        command.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)TraceContext.Current() ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
