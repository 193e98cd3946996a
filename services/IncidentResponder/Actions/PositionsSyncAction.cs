using System.Text.Json;
using GameDay.Contracts;
using Npgsql;

namespace GameDay.IncidentResponder.Actions;

/// `positions.sync-from-venue` (seed 000 RB6-A "update database to match broker"): reads the venue's positions and
/// trades through the broker's admin API (trades before and after the positions, to see fills in flight), then in one
/// transaction on the trading database, with every position row locked against the fill poller, sets the quantities
/// that differ to the venue's (<see cref="PositionSyncPlan"/>). What it changed is the step's detail on the incident.
/// High risk: runbooks run it halted and after an operator's approval.
public sealed class PositionsSyncAction(
    HttpActionClients http, [FromKeyedServices(ResourceNames.TradingDb)] NpgsqlDataSource tradingDb, TimeProvider time) : IIncidentAction
{
    public string Name => "positions.sync-from-venue";

    public async Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var before = await ReadAsync("admin/trades", Fill, cancellationToken);
        var venue = await ReadAsync("admin/positions", Holding, cancellationToken);
        var after = await ReadAsync("admin/trades", Fill, cancellationToken);
        if (before is null || venue is null || after is null) return ActionOutcome.Failed("the broker's admin API did not answer; nothing changed.");

        await using var connection = await tradingDb.OpenConnectionAsync(cancellationToken);
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        var database = await ListAsync(connection, tx, "SELECT symbol, quantity, average_price FROM positions ORDER BY symbol FOR UPDATE",
            r => new DbHolding(r.GetString(0), r.GetInt32(1), r.GetDecimal(2)), cancellationToken);
        var recorded = (await ListAsync(connection, tx, "SELECT venue, venue_sequence FROM trades",
            r => (Venue: r.GetString(0), Sequence: r.GetInt64(1)), cancellationToken)).ToHashSet();
        var plan = PositionSyncPlan.Compute(venue, database, before, after, recorded);
        foreach (var change in plan.Changes) await ApplyAsync(connection, tx, change, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return ActionOutcome.Ok(plan.Describe());
    }

    private async Task ApplyAsync(NpgsqlConnection connection, NpgsqlTransaction tx, PositionChange change, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        // A row the fill poller inserts meanwhile wins (DO NOTHING): its symbol had a fill in flight after all.
        var (sql, values) = change.From is null
            ? ("INSERT INTO positions (symbol, quantity, average_price, realized_pnl, updated_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (symbol) DO NOTHING",
                new object[] { change.Symbol, change.To, change.AveragePrice, change.RealizedPnl, now })
            : ("UPDATE positions SET quantity = $2, average_price = $3, updated_at = $4 WHERE symbol = $1",
                new object[] { change.Symbol, change.To, change.AveragePrice, now });
        await using var command = new NpgsqlCommand(sql, connection, tx);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<List<T>?> ReadAsync<T>(string path, Func<JsonElement, T> map, CancellationToken cancellationToken) =>
        await http.ReadJsonAsync(HttpActionClients.Broker, path, cancellationToken) is { ValueKind: JsonValueKind.Array } list
            ? list.EnumerateArray().Select(map).ToList()
            : null;

    private static async Task<List<T>> ListAsync<T>(
        NpgsqlConnection connection, NpgsqlTransaction tx, string sql, Func<NpgsqlDataReader, T> map, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken)) rows.Add(map(reader));
        return rows;
    }

    private static VenueFill Fill(JsonElement t) =>
        new(t.GetProperty("venue").GetString()!, t.GetProperty("sequence").GetInt64(), t.GetProperty("symbol").GetString()!);

    private static VenueHolding Holding(JsonElement p) => new(p.GetProperty("symbol").GetString()!, p.GetProperty("quantity").GetInt64(),
        p.GetProperty("averagePrice").GetDecimal(), p.GetProperty("realizedPnl").GetDecimal());
}
