using System.Net.Http.Json;
using System.Text.Json;
using GameDay.Contracts;

namespace GameDay.Chaos.Kinds;

/// What the market and limit faults size themselves against: the orchestrator's PnL and limits, and the open
/// positions (the execution engine's rows) marked at the data ingestor's latest prices.
internal sealed record TradingBook(decimal TotalPnl, decimal DailyLossLimit, decimal DailyTarget, IReadOnlyList<HeldPosition> Positions)
{
    /// The sum of |quantity| × price: what a move of 1 in every held symbol against its position costs.
    public decimal Gross => Positions.Sum(p => Math.Abs(p.Quantity) * p.Price);

    /// `withPositions: false` reads the PnL and the limits only.
    public static async Task<TradingBook> ReadAsync(FaultContext context, bool withPositions, CancellationToken ct)
    {
        using var orchestrator = context.Client(ResourceNames.Orchestrator);
        using var status = await orchestrator.GetFromJsonAsync<JsonDocument>("/pnl/status", ct)
            ?? throw new InvalidOperationException("the orchestrator's /pnl/status was empty");
        var root = status.RootElement;
        return new TradingBook(root.GetProperty("totalPnl").GetDecimal(), root.GetProperty("dailyLossLimit").GetDecimal(),
            root.GetProperty("dailyTarget").GetDecimal(), withPositions ? await PositionsAsync(context, ct) : []);
    }

    private static async Task<IReadOnlyList<HeldPosition>> PositionsAsync(FaultContext context, CancellationToken ct)
    {
        using var ingestor = context.Client(ResourceNames.DataIngestor, admin: false);
        using var quotes = await ingestor.GetFromJsonAsync<JsonDocument>("/quotes/latest", ct)
            ?? throw new InvalidOperationException("the data ingestor's /quotes/latest was empty");
        var marks = quotes.RootElement.EnumerateArray().ToDictionary(q => q.GetProperty("symbol").GetString()!, q => q.GetProperty("price").GetDecimal());
        await using var command = context.Database.CreateCommand("SELECT symbol, quantity, average_price FROM positions WHERE quantity <> 0 ORDER BY symbol");
        await using var reader = await command.ExecuteReaderAsync(ct);
        var positions = new List<HeldPosition>();
        while (await reader.ReadAsync(ct))
        {
            var symbol = reader.GetString(0);
            positions.Add(new HeldPosition(symbol, reader.GetInt32(1), marks.TryGetValue(symbol, out var mark) ? mark : reader.GetDecimal(2)));
        }
        return positions;
    }
}

internal sealed record HeldPosition(string Symbol, int Quantity, decimal Price);
