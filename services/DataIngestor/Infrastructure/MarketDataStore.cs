using GameDay.DataIngestor.Model;
using Npgsql;
using NpgsqlTypes;

namespace GameDay.DataIngestor.Infrastructure;

/// Batched writes: one statement per flush for all bars (unnest of arrays), one for all rejects.
public sealed class MarketDataStore(NpgsqlDataSource dataSource)
{
    public async Task UpsertBarsAsync(IReadOnlyList<Bar> bars, CancellationToken cancellationToken)
    {
        if (bars.Count == 0) return;
        await using var command = dataSource.CreateCommand(
            """
            INSERT INTO bars AS b (symbol, bucket_start, open, high, low, close, volume, ticks)
            SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::numeric[], $4::numeric[], $5::numeric[],
                                 $6::numeric[], $7::bigint[], $8::int[])
            ON CONFLICT (symbol, bucket_start) DO UPDATE SET
                high = GREATEST(b.high, EXCLUDED.high), low = LEAST(b.low, EXCLUDED.low), close = EXCLUDED.close,
                volume = b.volume + EXCLUDED.volume, ticks = b.ticks + EXCLUDED.ticks
            """);
        command.Parameters.AddWithValue(bars.Select(b => b.Symbol).ToArray());
        command.Parameters.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.TimestampTz, bars.Select(b => b.BucketStart).ToArray());
        command.Parameters.AddWithValue(bars.Select(b => b.Open).ToArray());
        command.Parameters.AddWithValue(bars.Select(b => b.High).ToArray());
        command.Parameters.AddWithValue(bars.Select(b => b.Low).ToArray());
        command.Parameters.AddWithValue(bars.Select(b => b.Close).ToArray());
        command.Parameters.AddWithValue(bars.Select(b => b.Volume).ToArray());
        command.Parameters.AddWithValue(bars.Select(b => b.Ticks).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task InsertRejectsAsync(IReadOnlyList<RejectedTick> ticks, CancellationToken cancellationToken)
    {
        if (ticks.Count == 0) return;
        await using var command = dataSource.CreateCommand(
            """
            INSERT INTO rejected_ticks (symbol, price, reason, feed, at)
            SELECT * FROM unnest($1::text[], $2::numeric[], $3::text[], $4::text[], $5::timestamptz[])
            """);
        command.Parameters.AddWithValue(ticks.Select(t => t.Symbol).ToArray());
        command.Parameters.AddWithValue(ticks.Select(t => t.Price).ToArray());
        command.Parameters.AddWithValue(ticks.Select(t => t.Reason).ToArray());
        command.Parameters.AddWithValue(ticks.Select(t => t.Feed).ToArray());
        command.Parameters.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.TimestampTz, ticks.Select(t => t.At).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
