using GameDay.RiskManager.Model;
using Npgsql;

namespace GameDay.RiskManager.Infrastructure;

/// The risk manager's reads and writes, inside the transaction of the signal being decided.
public sealed partial class RiskRepository(ILogger<RiskRepository> logger)
{
    /// Positions belong to the execution engine: when its table is missing or unreadable this returns
    /// null (the check fails closed) and the savepoint keeps the surrounding transaction usable.
    public async Task<IReadOnlyDictionary<string, PositionHolding>?> ReadPositionsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await transaction.SaveAsync("positions", cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand(
                "SELECT symbol, quantity, average_price FROM positions", connection, transaction);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var positions = new Dictionary<string, PositionHolding>(StringComparer.Ordinal);
            while (await reader.ReadAsync(cancellationToken))
            {
                var symbol = reader.GetString(0);
                positions[symbol] = new PositionHolding(symbol, reader.GetInt32(1), reader.IsDBNull(2) ? 0m : reader.GetDecimal(2));
            }
            await reader.CloseAsync();
            await transaction.ReleaseAsync("positions", cancellationToken);
            return positions;
        }
        catch (PostgresException ex)
        {
            LogPositionsUnavailable(ex.SqlState, ex.MessageText);
            await transaction.RollbackAsync("positions", cancellationToken);
            return null;
        }
    }

    public static async Task<bool> IsDecidedAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string signalId, string clientOrderId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT 1 FROM risk_decisions WHERE signal_id = $1 OR client_order_id = $2", connection, transaction);
        command.Parameters.AddWithValue(signalId);
        command.Parameters.AddWithValue(clientOrderId);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    /// Read from the table rather than memory, so the order-rate window survives a restart.
    public static async Task<IReadOnlyList<DateTimeOffset>> RecentApprovalsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT decided_at FROM risk_decisions WHERE approved AND decided_at > $1", connection, transaction);
        command.Parameters.AddWithValue(since);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var times = new List<DateTimeOffset>();
        while (await reader.ReadAsync(cancellationToken)) times.Add(reader.GetFieldValue<DateTimeOffset>(0));
        return times;
    }

    public static async Task<bool> InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        DecisionRow row, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO risk_decisions (client_order_id, signal_id, symbol, side, quantity, limit_price, approved, reason,
                                        trading_state, decided_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING
            """, connection, transaction);
        command.Parameters.AddWithValue(row.ClientOrderId);
        command.Parameters.AddWithValue(row.SignalId);
        command.Parameters.AddWithValue(row.Symbol);
        command.Parameters.AddWithValue(row.Side);
        command.Parameters.AddWithValue(row.Quantity);
        command.Parameters.AddWithValue(row.LimitPrice);
        command.Parameters.AddWithValue(row.Approved);
        command.Parameters.AddWithValue((object?)row.Reason ?? DBNull.Value);
        command.Parameters.AddWithValue(row.TradingState);
        command.Parameters.AddWithValue(row.DecidedAt);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Positions unavailable ({SqlState}: {Reason}); denying")]
    private partial void LogPositionsUnavailable(string sqlState, string reason);
}
