using Npgsql;

namespace GameDay.RiskManager.Infrastructure;

/// Reads for the API, outside any message transaction.
public sealed class DecisionQueries(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<DecisionRow>> LatestAsync(int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT client_order_id, signal_id, symbol, side, quantity, limit_price, approved, reason, trading_state, decided_at
            FROM risk_decisions ORDER BY decided_at DESC LIMIT $1
            """);
        command.Parameters.AddWithValue(limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<DecisionRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new DecisionRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                reader.GetInt32(4), reader.GetDecimal(5), reader.GetBoolean(6), reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.IsDBNull(8) ? "" : reader.GetString(8), reader.GetFieldValue<DateTimeOffset>(9)));
        }
        return rows;
    }
}
