using GameDay.Contracts;
using GameDay.Contracts.Messages;
using GameDay.ExecutionEngine.Model;
using GameDay.Messaging;
using Npgsql;

namespace GameDay.ExecutionEngine.Infrastructure;

/// Records one venue trade in one transaction: the trade row (unique per venue and trade id), and only
/// when it is new, the position, the order's fill progress, its event and the ExecutionReported message.
public sealed partial class TradeRecorder(
    NpgsqlDataSource dataSource, OrderStore store, OutboxWriter outbox, TimeProvider time, ILogger<TradeRecorder> logger)
{
    public Task<bool> RecordAsync(string venue, VenueTrade trade, CancellationToken ct) =>
        Db.InTransactionAsync(dataSource, async (c, tx) =>
        {
            var now = time.GetUtcNow();
            await using (var insert = Db.Command(c, tx,
                """
                INSERT INTO trades (venue, trade_id, client_order_id, symbol, side, quantity, price, executed_at, recorded_at, venue_sequence)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING
                """, venue, trade.TradeId, trade.ClientOrderId, trade.Symbol, trade.Side, trade.Quantity, trade.Price,
                trade.ExecutedAt, now, trade.Sequence))
            {
                if (await insert.ExecuteNonQueryAsync(ct) == 0) return false;
            }
            using var span = OrderTracing.Start("record fill", trade.ClientOrderId, await TraceParentAsync(c, tx, trade.ClientOrderId, ct))
                ?.SetTag("trade.id", trade.TradeId).SetTag("trade.venue", venue);
            await UpdatePositionAsync(c, tx, trade, now, ct);
            var status = await UpdateOrderAsync(c, tx, trade, now, ct);
            var message = new ExecutionReported(trade.ClientOrderId, status, trade.Symbol, trade.Side, venue, trade.TradeId,
                trade.Quantity, trade.Price, null, trade.ExecutedAt);
            await outbox.EnqueueAsync(c, tx, StreamNames.Executions, message, $"exec:{venue}:{trade.TradeId}", ct);
            return true;
        }, ct);

    private static async Task<string?> TraceParentAsync(NpgsqlConnection c, NpgsqlTransaction tx, string clientOrderId, CancellationToken ct)
    {
        await using var select = Db.Command(c, tx, "SELECT trace_parent FROM orders WHERE client_order_id = $1", clientOrderId);
        return await select.ExecuteScalarAsync(ct) as string;
    }

    private static async Task UpdatePositionAsync(NpgsqlConnection c, NpgsqlTransaction tx, VenueTrade trade, DateTimeOffset now, CancellationToken ct)
    {
        var position = Position.Flat(trade.Symbol);
        await using (var select = Db.Command(c, tx,
            "SELECT quantity, average_price, realized_pnl FROM positions WHERE symbol = $1 FOR UPDATE", trade.Symbol))
        await using (var reader = await select.ExecuteReaderAsync(ct))
        {
            if (await reader.ReadAsync(ct)) position = new Position(trade.Symbol, reader.GetInt32(0), reader.GetDecimal(1), reader.GetDecimal(2));
        }
        position = position.Apply(Side.Sign(trade.Side) * trade.Quantity, trade.Price);
        await using var upsert = Db.Command(c, tx,
            """
            INSERT INTO positions (symbol, quantity, average_price, realized_pnl, updated_at) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (symbol) DO UPDATE SET quantity = $2, average_price = $3, realized_pnl = $4, updated_at = $5
            """, trade.Symbol, position.Quantity, position.AveragePrice, position.RealizedPnl, now);
        await upsert.ExecuteNonQueryAsync(ct);
    }

    /// Returns the order's status after the fill (the trade's own status word when the order is unknown here).
    private async Task<string> UpdateOrderAsync(NpgsqlConnection c, NpgsqlTransaction tx, VenueTrade trade, DateTimeOffset now, CancellationToken ct)
    {
        int quantity, filled; decimal? average; string current; DateTimeOffset? tickTime;
        await using (var select = Db.Command(c, tx,
            "SELECT quantity, filled_quantity, average_price, status, tick_time FROM orders WHERE client_order_id = $1 FOR UPDATE",
            trade.ClientOrderId))
        await using (var reader = await select.ExecuteReaderAsync(ct))
        {
            if (!await reader.ReadAsync(ct))
            {
                LogUnknownOrder(trade.TradeId, trade.ClientOrderId);
                return "UNKNOWN_ORDER";
            }
            (quantity, filled, average, current) = (reader.GetInt32(0), reader.GetInt32(1), reader.IsDBNull(2) ? null : reader.GetDecimal(2), reader.GetString(3));
            tickTime = reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4);
        }
        var fill = OrderFill.After(quantity, filled, average, trade.Quantity, trade.Price);
        await using (var update = Db.Command(c, tx,
            "UPDATE orders SET filled_quantity = $2, average_price = $3, updated_at = $4, venue_outcome = 'acked' WHERE client_order_id = $1",
            trade.ClientOrderId, fill.FilledQuantity, fill.AveragePrice, now))
        {
            await update.ExecuteNonQueryAsync(ct);
        }
        var detail = $"fill {trade.Quantity}@{trade.Price} trade {trade.TradeId}";
        var result = await store.TransitionAsync(c, tx, trade.ClientOrderId, fill.Status, null, detail, ct, publish: false);
        if (result == TransitionResult.Unchanged) await store.AppendEventAsync(c, tx, trade.ClientOrderId, current, current, detail, ct);
        if (filled == 0 && tickTime is { } tick) ExecutionMetrics.RecordSignalToFill(now - tick);
        return result == TransitionResult.Changed ? fill.Status.ToText() : current;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Trade {TradeId} is for {ClientOrderId}, an order this engine does not know")]
    private partial void LogUnknownOrder(string tradeId, string clientOrderId);
}
