using Npgsql;

namespace GameDay.ExecutionEngine.Infrastructure;

/// Whether the risk manager approved exactly this order. An order message injected on the stream
/// (unauthorized-orders) has no matching approval and is never sent.
public sealed class RiskApprovals(NpgsqlDataSource dataSource)
{
    public async Task<bool> IsApprovedAsync(OrderRow order, CancellationToken ct)
    {
        try
        {
            await using var command = dataSource.CreateCommand(
                """
                SELECT 1 FROM risk_decisions WHERE client_order_id = $1 AND approved AND symbol = $2 AND side = $3
                  AND quantity = $4 AND limit_price = $5
                """);
            foreach (var value in new object[] { order.ClientOrderId, order.Symbol, order.Side, order.Quantity, order.LimitPrice })
            {
                command.Parameters.Add(new NpgsqlParameter { Value = value });
            }
            return await command.ExecuteScalarAsync(ct) is not null;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return false;
        }
    }
}
