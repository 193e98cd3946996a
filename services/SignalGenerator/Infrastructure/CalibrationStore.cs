using System.Text.Json;
using GameDay.Messaging;
using GameDay.SignalGenerator.Model;
using Npgsql;
using NpgsqlTypes;

namespace GameDay.SignalGenerator.Infrastructure;

/// `calibrations` rows, and the bar closes (written by the data-ingestor) calibration scores on.
public sealed class CalibrationStore(NpgsqlDataSource dataSource)
{
    private const string UndefinedTable = "42P01";

    public async Task<(SignalParameters Parameters, DateTimeOffset CalibratedAt)?> LatestGoodAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT parameters::text, calibrated_at FROM calibrations WHERE status = 'ok' ORDER BY calibrated_at DESC, id DESC LIMIT 1");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken) || reader.IsDBNull(0)) return null;
        var record = JsonSerializer.Deserialize<StoredParameters>(reader.GetString(0), MessageJson.Options);
        var parameters = record?.ToParameters();
        return parameters is { } p && p.IsValid() ? (p, reader.GetFieldValue<DateTimeOffset>(1)) : null;
    }

    /// Closes of the last `perSymbol` bars of each symbol, oldest first. No `bars` table yet (the
    /// ingestor has not started) means no data, not a failure.
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<double>>> RecentClosesAsync(int perSymbol, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            """
            SELECT symbol, close FROM (
                SELECT symbol, bucket_start, close,
                       row_number() OVER (PARTITION BY symbol ORDER BY bucket_start DESC) AS rn
                FROM bars) recent
            WHERE rn <= $1 ORDER BY symbol, bucket_start
            """);
        command.Parameters.AddWithValue(perSymbol);
        var closes = new Dictionary<string, List<double>>();
        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var symbol = reader.GetString(0);
                if (!closes.TryGetValue(symbol, out var list)) closes[symbol] = list = [];
                list.Add((double)reader.GetDecimal(1));
            }
        }
        catch (PostgresException ex) when (ex.SqlState == UndefinedTable)
        {
        }
        return closes.ToDictionary(c => c.Key, c => (IReadOnlyList<double>)c.Value);
    }

    public async Task RecordAsync(SignalParameters parameters, string source, double score, string status, string? error,
        DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "INSERT INTO calibrations (parameters, status, error, calibrated_at) VALUES ($1, $2, $3, $4)");
        var stored = StoredParameters.From(parameters, source, score);
        command.Parameters.AddWithValue(NpgsqlDbType.Jsonb, JsonSerializer.Serialize(stored, MessageJson.Options));
        command.Parameters.AddWithValue(status);
        command.Parameters.AddWithValue(NpgsqlDbType.Text, (object?)error ?? DBNull.Value);
        command.Parameters.AddWithValue(at);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private sealed record StoredParameters(int Fast, int Slow, int RsiPeriod, double RsiUpper, double RsiLower, string? Source, double? Score)
    {
        public static StoredParameters From(SignalParameters p, string source, double score) =>
            new(p.Fast, p.Slow, p.RsiPeriod, p.RsiUpper, p.RsiLower, source, score);

        public SignalParameters ToParameters() => new(Fast, Slow, RsiPeriod, RsiUpper, RsiLower);
    }
}
