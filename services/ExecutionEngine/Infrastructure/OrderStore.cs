using GameDay.Contracts;
using GameDay.Contracts.Messages;
using GameDay.ExecutionEngine.Model;
using GameDay.Messaging;
using Npgsql;

namespace GameDay.ExecutionEngine.Infrastructure;

/// Writes to `orders` and `order_events` inside the caller's transaction. Every status change goes
/// through `TransitionAsync`, which enforces the state machine and appends the event.
public sealed partial class OrderStore(OutboxWriter outbox, TimeProvider time, ILogger<OrderStore> logger)
{
    public async Task<bool> InsertInitializedAsync(NpgsqlConnection c, NpgsqlTransaction tx, OrderApproved order, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var insert = Db.Command(c, tx,
            """
            INSERT INTO orders (client_order_id, signal_id, symbol, side, quantity, limit_price, status, filled_quantity,
                                created_at, updated_at, tick_time, trace_parent)
            VALUES ($1, $2, $3, $4, $5, $6, 'INITIALIZED', 0, $7, $7, $8, $9) ON CONFLICT DO NOTHING
            """, order.ClientOrderId, order.SignalId, order.Symbol, order.Side, order.Quantity, order.LimitPrice, now, order.TickTime,
            TraceContext.Current());
        if (await insert.ExecuteNonQueryAsync(ct) == 0) return false;
        await AppendEventAsync(c, tx, order.ClientOrderId, null, OrderStatus.Initialized.ToText(), "approved by risk", ct);
        ExecutionMetrics.CountOrder(OrderStatus.Initialized.ToText());
        return true;
    }

    /// Moves an order to `to`. `onlyFrom`: apply only when the order is in one of these states (a stale
    /// observation is skipped, not an error); otherwise the state machine decides and an illegal move is counted.
    public async Task<TransitionResult> TransitionAsync(NpgsqlConnection c, NpgsqlTransaction tx, string clientOrderId,
        OrderStatus to, string? reason, string? detail, CancellationToken ct, IReadOnlyCollection<OrderStatus>? onlyFrom = null,
        bool publish = true)
    {
        await using var select = Db.Command(c, tx,
            "SELECT status, symbol, side, venue FROM orders WHERE client_order_id = $1 FOR UPDATE", clientOrderId);
        await using var reader = await select.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return TransitionResult.NotFound;
        var (fromText, symbol, side, venue) = (reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.Nullable<string>(3));
        await reader.CloseAsync();

        var from = OrderStatusText.Parse(fromText);
        if (from == to) return TransitionResult.Unchanged;
        if (onlyFrom is not null && !onlyFrom.Contains(from)) return TransitionResult.Skipped;
        if (!OrderStateMachine.CanTransition(from, to))
        {
            ExecutionMetrics.CountIllegalTransition(fromText, to.ToText());
            LogIllegal(clientOrderId, fromText, to.ToText(), detail);
            return TransitionResult.Illegal;
        }

        var now = time.GetUtcNow();
        await using var update = Db.Command(c, tx,
            "UPDATE orders SET status = $2, reason = coalesce($3, reason), updated_at = $4 WHERE client_order_id = $1",
            clientOrderId, to.ToText(), reason, now);
        await update.ExecuteNonQueryAsync(ct);
        var eventId = await AppendEventAsync(c, tx, clientOrderId, fromText, to.ToText(), detail ?? reason, ct);
        ExecutionMetrics.CountOrder(to.ToText());
        if (to == OrderStatus.Denied) ExecutionMetrics.CountDenial(reason ?? "unspecified");
        if (publish)
        {
            // The event id, not the status: a state can be entered twice (PENDING_CANCEL after a fill and a second stop).
            var message = new ExecutionReported(clientOrderId, to.ToText(), symbol, side, venue ?? "", null, 0, null, reason, now);
            await outbox.EnqueueAsync(c, tx, StreamNames.Executions, message, $"state:{clientOrderId}:{to.ToText()}:{eventId}", ct);
        }
        return TransitionResult.Changed;
    }

    /// Returns the new event's id.
    public async Task<long> AppendEventAsync(NpgsqlConnection c, NpgsqlTransaction tx, string clientOrderId, string? from, string to,
        string? detail, CancellationToken ct)
    {
        await using var command = Db.Command(c, tx,
            "INSERT INTO order_events (client_order_id, from_status, to_status, detail, at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
            clientOrderId, from, to, detail, time.GetUtcNow());
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    /// Records where and how the last submission attempt went (no status change). Never downgrades an
    /// acknowledged order (a fill may have acked it while its POST still timed out): pollers watch acked
    /// orders only. `onlyWhileSubmitted`: not after a cancel or an end (a resend must not follow them).
    /// Returns whether the row was written.
    public async Task<bool> SetAttemptAsync(NpgsqlConnection c, NpgsqlTransaction? tx, string clientOrderId, string venue,
        string outcome, string? reason, CancellationToken ct, bool onlyWhileSubmitted = false)
    {
        var now = time.GetUtcNow();
        await using var command = Db.Command(c, tx,
            """
            UPDATE orders SET venue = $2, venue_outcome = $3, last_attempt_at = $5,
                              reason = CASE WHEN $3 = 'acked' THEN NULL ELSE coalesce($4, reason) END,
                              submitted_at = coalesce(submitted_at, $5), updated_at = $5
            WHERE client_order_id = $1 AND ($3 = 'acked' OR venue_outcome IS DISTINCT FROM 'acked')
              AND (NOT $6 OR status = 'SUBMITTED')
            """, clientOrderId, venue, outcome, reason, now, onlyWhileSubmitted);
        return await command.ExecuteNonQueryAsync(ct) > 0;
    }

    /// Marks a PENDING_CANCEL order as just looked at, so the CancelResolver asks again only after a pause.
    public async Task TouchPendingCancelAsync(NpgsqlConnection c, NpgsqlTransaction? tx, string clientOrderId, CancellationToken ct)
    {
        await using var command = Db.Command(c, tx,
            "UPDATE orders SET updated_at = $2 WHERE client_order_id = $1 AND status = 'PENDING_CANCEL'", clientOrderId, time.GetUtcNow());
        await command.ExecuteNonQueryAsync(ct);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Illegal order transition refused for {ClientOrderId}: {From} -> {To} ({Detail})")]
    private partial void LogIllegal(string clientOrderId, string from, string to, string? detail);
}
