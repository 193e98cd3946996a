using GameDay.ServiceDefaults.Workers;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GameDay.Messaging;

/// Publishes this service's unsent outbox rows in order and marks them sent. A crash between
/// XADD and the update publishes a row twice; consumers' inboxes drop the second copy.
public sealed class OutboxRelay(
    NpgsqlDataSource dataSource, StreamPublisher publisher, MessagingOptions options, TimeProvider time,
    SchemaReady schema, ILogger<OutboxRelay> logger) : BackgroundService
{
    private static readonly TimeSpan Idle = TimeSpan.FromMilliseconds(100);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await schema.WaitAsync(stoppingToken);
        // Back to back while there is something to publish; a failed batch stays unsent and is tried again.
        await new WorkerLoop("outbox-relay", time, logger).RunAsync(
            async ct => await RelayBatchAsync(ct) == 0 ? Idle : TimeSpan.Zero, stoppingToken);
    }

    private async Task<int> RelayBatchAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var rows = new List<(long Id, string Stream, string MessageId, string Type, string Payload, string? TraceParent)>();
        await using (var select = new NpgsqlCommand(
            """
            SELECT id, stream, message_id, type, payload::text, trace_parent FROM outbox
            WHERE producer = $1 AND sent_at IS NULL ORDER BY id LIMIT 100 FOR UPDATE SKIP LOCKED
            """, connection, transaction))
        {
            select.Parameters.AddWithValue(options.ServiceName);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                    reader.IsDBNull(5) ? null : reader.GetString(5)));
            }
        }
        foreach (var row in rows)
        {
            // The row's trace continues in the publish span, not whatever runs in the relay.
            await publisher.PublishRawAsync(row.Stream, row.MessageId, row.Type, row.Payload, row.TraceParent);
        }
        if (rows.Count > 0)
        {
            await using var update = new NpgsqlCommand("UPDATE outbox SET sent_at = $1 WHERE id = ANY($2)", connection, transaction);
            update.Parameters.AddWithValue(time.GetUtcNow());
            update.Parameters.AddWithValue(rows.Select(r => r.Id).ToArray());
            await update.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return rows.Count;
    }
}
