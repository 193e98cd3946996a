using GameDay.Contracts.Messages;
using Npgsql;

namespace GameDay.SignalGenerator.Infrastructure;

public sealed class SignalStore(NpgsqlDataSource dataSource)
{
    /// Inserts in the handler's inbox transaction; false when the signal already exists.
    public static async Task<bool> InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        SignalGenerated signal, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO signals (signal_id, symbol, side, price, strength, reason, tick_time, generated_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (signal_id) DO NOTHING
            """, connection, transaction);
        command.Parameters.AddWithValue(signal.SignalId);
        command.Parameters.AddWithValue(signal.Symbol);
        command.Parameters.AddWithValue(signal.Side);
        command.Parameters.AddWithValue(signal.Price);
        command.Parameters.AddWithValue(signal.Strength);
        command.Parameters.AddWithValue(signal.Reason);
        command.Parameters.AddWithValue(signal.TickTime);
        command.Parameters.AddWithValue(signal.GeneratedAt);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<IReadOnlyList<SignalGenerated>> LatestAsync(int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT signal_id, symbol, side, price, strength, reason, tick_time, generated_at
            FROM signals ORDER BY generated_at DESC, signal_id LIMIT $1
            """);
        command.Parameters.AddWithValue(limit);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var signals = new List<SignalGenerated>();
        while (await reader.ReadAsync(cancellationToken))
        {
            signals.Add(new SignalGenerated(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                reader.GetDecimal(3), reader.GetDecimal(4), reader.GetString(5),
                reader.GetFieldValue<DateTimeOffset>(6), reader.GetFieldValue<DateTimeOffset>(7)));
        }
        return signals;
    }
}
