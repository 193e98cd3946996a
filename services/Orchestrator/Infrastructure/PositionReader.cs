using GameDay.Orchestrator.Model;
using Npgsql;

namespace GameDay.Orchestrator.Infrastructure;

/// Reads the execution engine's `positions`. Until that service has created the table there are
/// no positions, so PnL is zero rather than an error.
public sealed class PositionReader(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<PositionRow>> ReadAsync(CancellationToken cancellationToken)
    {
        var rows = new List<PositionRow>();
        try
        {
            await using var command = dataSource.CreateCommand(
                "SELECT symbol, quantity, average_price, realized_pnl FROM positions");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(new PositionRow(reader.GetString(0), reader.GetInt32(1),
                    reader.IsDBNull(2) ? 0m : reader.GetDecimal(2), reader.IsDBNull(3) ? 0m : reader.GetDecimal(3)));
            }
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return [];
        }
        return rows;
    }
}
