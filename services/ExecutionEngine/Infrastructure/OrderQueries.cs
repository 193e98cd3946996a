using GameDay.Contracts;
using GameDay.ExecutionEngine.Model;
using Npgsql;

namespace GameDay.ExecutionEngine.Infrastructure;

/// Reads of `orders`, `order_events` and `positions` outside any transaction.
public sealed class OrderQueries(NpgsqlDataSource dataSource)
{
    private static readonly string[] OpenStatuses = [.. OrderStateMachine.Open.Select(s => s.ToText())];

    public Task<List<OrderRow>> ListAsync(string? status, int limit, CancellationToken ct) => Db.ListAsync(dataSource, OrderRow.Read, ct,
        $"SELECT {OrderRow.Columns} FROM orders WHERE ($1::text IS NULL OR status = $1) ORDER BY created_at DESC LIMIT $2",
        status, limit);

    public async Task<OrderRow?> GetAsync(string clientOrderId, CancellationToken ct) => (await Db.ListAsync(dataSource, OrderRow.Read, ct,
        $"SELECT {OrderRow.Columns} FROM orders WHERE client_order_id = $1", clientOrderId)).FirstOrDefault();

    public Task<List<OrderEventRow>> EventsAsync(string clientOrderId, CancellationToken ct) => Db.ListAsync(dataSource,
        r => new OrderEventRow(r.GetInt64(0), r.GetString(1), r.Nullable<string>(2), r.GetString(3), r.Nullable<string>(4),
            r.GetFieldValue<DateTimeOffset>(5)), ct,
        "SELECT id, client_order_id, from_status, to_status, detail, at FROM order_events WHERE client_order_id = $1 ORDER BY id",
        clientOrderId);

    public Task<List<OrderRow>> InStatusAsync(OrderStatus status, int limit, CancellationToken ct) => Db.ListAsync(dataSource,
        OrderRow.Read, ct, $"SELECT {OrderRow.Columns} FROM orders WHERE status = $1 ORDER BY created_at LIMIT $2",
        status.ToText(), limit);

    /// SUBMITTED orders whose last POST went unanswered or was refused, or whose POST may never have left
    /// (a crash between the commit of SUBMITTED and the request).
    public Task<List<OrderRow>> UnresolvedAsync(DateTimeOffset retryBefore, DateTimeOffset pendingBefore, CancellationToken ct) =>
        Db.ListAsync(dataSource, OrderRow.Read, ct,
            $"""
            SELECT {OrderRow.Columns} FROM orders
            WHERE status = 'SUBMITTED' AND (venue_outcome IS NULL
               OR (venue_outcome IN ('unknown', 'refused') AND last_attempt_at < $1)
               OR (venue_outcome = 'pending' AND last_attempt_at < $2))
            ORDER BY created_at LIMIT 50
            """, retryBefore, pendingBefore);

    /// PENDING_CANCEL orders untouched since `before`: the cancel-all could not confirm them yet.
    public Task<List<OrderRow>> PendingCancelAsync(DateTimeOffset before, CancellationToken ct) => Db.ListAsync(dataSource,
        OrderRow.Read, ct,
        $"SELECT {OrderRow.Columns} FROM orders WHERE status = 'PENDING_CANCEL' AND venue IS NOT NULL AND updated_at < $1 ORDER BY updated_at LIMIT 50",
        before);

    /// Orders that may be working at a venue and were acknowledged by it.
    public Task<List<OrderRow>> OpenAsync(CancellationToken ct) => Db.ListAsync(dataSource, OrderRow.Read, ct,
        $"SELECT {OrderRow.Columns} FROM orders WHERE status = ANY($1) AND venue IS NOT NULL ORDER BY created_at", (object)OpenStatuses);

    public Task<List<Position>> PositionsAsync(CancellationToken ct) => Db.ListAsync(dataSource,
        r => new Position(r.GetString(0), r.GetInt32(1), r.GetDecimal(2), r.GetDecimal(3)), ct,
        "SELECT symbol, quantity, average_price, realized_pnl FROM positions ORDER BY symbol");

    public async Task<long> MaxSequenceAsync(string venue, CancellationToken ct) => (await Db.ListAsync(dataSource,
        r => r.GetInt64(0), ct, "SELECT coalesce(max(venue_sequence), 0) FROM trades WHERE venue = $1", venue))[0];
}
