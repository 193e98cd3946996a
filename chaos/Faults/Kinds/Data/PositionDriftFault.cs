using Npgsql;

namespace GameDay.Chaos.Kinds.Data;

/// Moves one symbol's quantity in `positions` away from the venue's (a lost or doubled fill). Revert puts the
/// quantity back only while the row still holds the drifted value: a reconciliation that already fixed it wins.
internal sealed class PositionDriftFault(FaultContext context, string? symbol, int delta) : IFault
{
    private (string Symbol, int Before, int After)? drift;

    public async Task<string> InjectAsync(CancellationToken ct)
    {
        await using var command = context.Database.CreateCommand("""
            WITH target AS (
                SELECT symbol FROM positions WHERE ($1::text IS NULL OR symbol = $1) ORDER BY (quantity <> 0) DESC, symbol LIMIT 1)
            UPDATE positions p SET quantity = p.quantity + $2, updated_at = now()
            FROM target WHERE p.symbol = target.symbol
            RETURNING p.symbol, p.quantity - $2, p.quantity
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)symbol ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = delta });
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) throw new InvalidOperationException($"no position row{(symbol is null ? "" : $" for {symbol}")} to change yet");
        drift = (reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2));
        return $"positions.{drift.Value.Symbol}: quantity {drift.Value.Before} → {drift.Value.After} (the venue still holds {drift.Value.Before})";
    }

    public async Task<string> RevertAsync(CancellationToken ct)
    {
        if (drift is not { } d) return "nothing was changed";
        await using var command = context.Database.CreateCommand(
            "UPDATE positions SET quantity = $2, updated_at = now() WHERE symbol = $1 AND quantity = $3");
        command.Parameters.Add(new NpgsqlParameter { Value = d.Symbol });
        command.Parameters.Add(new NpgsqlParameter { Value = d.Before });
        command.Parameters.Add(new NpgsqlParameter { Value = d.After });
        var changed = await command.ExecuteNonQueryAsync(ct);
        drift = null;
        return changed == 1 ? $"positions.{d.Symbol} back to {d.Before}" : $"positions.{d.Symbol} was already corrected";
    }
}
