using System.Text.Json;
using GameDay.Messaging;
using Npgsql;
using NpgsqlTypes;

namespace GameDay.ExecutionEngine.Infrastructure;

/// Compares the venue with the database: trades (missing here, or recorded but unknown to the venue),
/// net positions, and duplicates. Venue trades newer than what the fill poller has reached are not yet
/// "missing", and their symbols' positions are skipped for that run.
public sealed partial class ReconciliationService(
    VenueClient venue, OrderQueries queries, NpgsqlDataSource dataSource, IConfiguration configuration, TimeProvider time,
    ILogger<ReconciliationService> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<ReconciliationRun> RunAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var started = time.GetUtcNow();
            var findings = await FindAsync(ct);
            if (findings.Error is null) ExecutionMetrics.SetDiscrepancies(findings);
            if (findings.Error is not null) LogRunFailed(findings.Error);
            else if (findings.Total > 0) LogDiscrepancies(findings.MissingTrades, findings.PositionMismatches.Count, findings.Duplicates.Count);
            else LogClean();
            return await StoreAsync(started, findings, ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<ReconciliationFindings> FindAsync(CancellationToken ct)
    {
        var reached = new Dictionary<string, long>();
        foreach (var name in VenueOptions.All) reached[name] = await queries.MaxSequenceAsync(name, ct);
        var venuePositions = await venue.GetPositionsAsync(ct);
        if (!venuePositions.IsOk) return ReconciliationFindings.Failed($"venue positions: {venuePositions.Outcome} {venuePositions.Error}");
        var venueTrades = new List<VenueTrade>();
        foreach (var name in VenueOptions.All)
        {
            var trades = await venue.GetTradeHistoryAsync(name, ct);
            if (!trades.IsOk) return ReconciliationFindings.Failed($"venue trades ({name}): {trades.Outcome} {trades.Error}");
            venueTrades.AddRange(trades.Body!.Select(t => t with { Venue = name }));
        }

        var dbTrades = await Db.ListAsync(dataSource, r => r.GetString(0), ct, $"SELECT {MissingTrades.KeySql} FROM trades");
        var dbTradeKeys = dbTrades.ToHashSet(StringComparer.Ordinal);
        var venueKeys = venueTrades.Select(MissingTrades.Key).ToHashSet(StringComparer.Ordinal);
        var unpolled = venueTrades.Where(t => t.Sequence > reached[t.Venue]).ToList();
        var missing = MissingTrades.Among(venueTrades, reached, dbTradeKeys).Select(t => $"{t.Venue}:{t.TradeId}:{t.ClientOrderId}").ToList();
        var unknown = dbTradeKeys.Where(k => !venueKeys.Contains(k)).Order().ToList();

        var skipped = unpolled.Select(t => t.Symbol).ToHashSet(StringComparer.Ordinal);
        var mismatches = ComparePositions(venuePositions.Body!, await queries.PositionsAsync(ct), skipped);
        var duplicates = await FindDuplicatesAsync(venueTrades, ct);
        var replays = configuration["ADMIN_TOKEN"] is { Length: > 0 } token ? (await venue.GetReplaysAsync(token, ct)).Body : null;
        return new ReconciliationFindings(Cap(missing), Cap(unknown), mismatches, Cap(duplicates), replays, [.. skipped.Order()], null);
    }

    private static List<PositionMismatch> ComparePositions(
        IReadOnlyList<VenuePosition> atVenue, IReadOnlyList<Model.Position> inDb, IReadOnlySet<string> skipped)
    {
        var venueBySymbol = atVenue.GroupBy(p => p.Symbol).ToDictionary(g => g.Key, g => g.Sum(p => p.Quantity));
        var dbBySymbol = inDb.ToDictionary(p => p.Symbol, p => p.Quantity);
        return [.. venueBySymbol.Keys.Union(dbBySymbol.Keys).Where(s => !skipped.Contains(s)).Order()
            .Select(s => new PositionMismatch(s, venueBySymbol.GetValueOrDefault(s), dbBySymbol.GetValueOrDefault(s)))
            .Where(m => m.VenueQuantity != m.DbQuantity)];
    }

    private async Task<List<string>> FindDuplicatesAsync(List<VenueTrade> venueTrades, CancellationToken ct)
    {
        var duplicates = await Db.ListAsync(dataSource, r => r.GetString(0), ct,
            """
            SELECT 'order:' || client_order_id FROM orders GROUP BY client_order_id HAVING count(*) > 1
            UNION ALL SELECT 'signal:' || signal_id FROM orders WHERE signal_id IS NOT NULL GROUP BY signal_id HAVING count(*) > 1
            UNION ALL SELECT 'trade:' || venue || ':' || trade_id FROM trades GROUP BY venue, trade_id HAVING count(*) > 1
            """);
        // One client order id filled at both venues means it was sent twice as a new order.
        duplicates.AddRange(venueTrades.GroupBy(t => t.ClientOrderId).Where(g => g.Select(t => t.Venue).Distinct().Count() > 1)
            .Select(g => "venues:" + g.Key));
        return duplicates;
    }

    private static List<string> Cap(List<string> items) => items.Count <= 200 ? items : [.. items.Take(200), $"... {items.Count - 200} more"];

    private async Task<ReconciliationRun> StoreAsync(DateTimeOffset started, ReconciliationFindings findings, CancellationToken ct)
    {
        var finished = time.GetUtcNow();
        var ok = findings.Error is null;
        var details = JsonSerializer.Serialize(findings, MessageJson.Options);
        await using var command = dataSource.CreateCommand(
            """
            INSERT INTO reconciliation_runs (started_at, finished_at, missing_trades, position_mismatches, duplicates, details)
            VALUES ($1, $2, $3, $4, $5, $6) RETURNING id
            """);
        command.Parameters.AddWithValue(started);
        command.Parameters.AddWithValue(finished);
        command.Parameters.AddWithValue(NpgsqlDbType.Integer, ok ? (object)findings.MissingTrades : DBNull.Value);
        command.Parameters.AddWithValue(NpgsqlDbType.Integer, ok ? (object)findings.PositionMismatches.Count : DBNull.Value);
        command.Parameters.AddWithValue(NpgsqlDbType.Integer, ok ? (object)findings.Duplicates.Count : DBNull.Value);
        command.Parameters.AddWithValue(NpgsqlDbType.Jsonb, details);
        var id = (long)(await command.ExecuteScalarAsync(ct))!;
        return new ReconciliationRun(id, started, finished, ok ? findings.MissingTrades : null,
            ok ? findings.PositionMismatches.Count : null, ok ? findings.Duplicates.Count : null,
            JsonSerializer.SerializeToElement(findings, MessageJson.Options));
    }

    public async Task<ReconciliationRun?> LatestAsync(CancellationToken ct) => (await Db.ListAsync(dataSource,
        r => new ReconciliationRun(r.GetInt64(0), r.GetFieldValue<DateTimeOffset>(1), r.IsDBNull(2) ? null : r.GetFieldValue<DateTimeOffset>(2),
            NullableInt(r, 3), NullableInt(r, 4), NullableInt(r, 5),
            r.IsDBNull(6) ? null : JsonDocument.Parse(r.GetString(6)).RootElement.Clone()), ct,
        """
        SELECT id, started_at, finished_at, missing_trades, position_mismatches, duplicates, details::text
        FROM reconciliation_runs ORDER BY id DESC LIMIT 1
        """)).FirstOrDefault();

    private static int? NullableInt(NpgsqlDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetInt32(ordinal);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Reconciliation found {Missing} trade discrepancies, {Mismatches} position mismatches and {Duplicates} duplicates")]
    private partial void LogDiscrepancies(int missing, int mismatches, int duplicates);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reconciliation: the database matches the venue")]
    private partial void LogClean();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reconciliation could not run: {Error}")]
    private partial void LogRunFailed(string error);
}
