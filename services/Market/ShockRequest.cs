namespace GameDay.Market;

/// The body of `POST /admin/market/shock` on the venue and on the data ingestor: a move of the whole market
/// (`totalReturn`) or of single symbols (`symbols`: symbol → total return), spread over `steps` market steps
/// from `startAt` (the next step when absent). Market faults send the same request to both services, so that
/// the venue's prices and the ticks the stack marks its positions with stay the same.
public sealed record ShockRequest(double? TotalReturn, int Steps, DateTimeOffset? StartAt = null, IReadOnlyDictionary<string, double>? Symbols = null)
{
    /// The shocks to add, or the field at fault and why. `stepAt` maps a time to its market step.
    public ShockResolution Resolve(Func<DateTimeOffset, long> stepAt, IEnumerable<string> knownSymbols, DateTimeOffset now)
    {
        if (TotalReturn is not null == Symbols is { Count: > 0 })
        {
            return ShockResolution.Invalid("totalReturn", "Give either totalReturn (the whole market) or symbols (symbol → total return).");
        }
        if (Steps is < 1 or > MarketShock.MaxSteps) return ShockResolution.Invalid("steps", $"Between 1 and {MarketShock.MaxSteps}.");
        var current = stepAt(now);
        var start = StartAt is { } at ? stepAt(at) : current + 1;
        if (start <= current)
        {
            return ShockResolution.Invalid("startAt", $"The shock would start at step {start}, which the market has already reached ({current}); start it later.");
        }
        var moves = TotalReturn is { } index ? [(null, index)] : Symbols!.Select(kv => ((string?)kv.Key, kv.Value)).ToList();
        var known = knownSymbols.ToHashSet(StringComparer.Ordinal);
        var shocks = new List<MarketShock>();
        foreach (var (symbol, move) in moves)
        {
            if (symbol is not null && !known.Contains(symbol)) return ShockResolution.Invalid("symbols", $"Unknown symbol '{symbol}'.");
            if (double.IsNaN(move) || move is <= -1 or > 10)
            {
                return ShockResolution.Invalid(symbol is null ? "totalReturn" : "symbols", $"A total return{(symbol is null ? "" : $" ({symbol})")} must be greater than -1 and at most 10.");
            }
            shocks.Add(new MarketShock(start, Steps, move, symbol));
        }
        return new ShockResolution(shocks, null, null);
    }
}

public sealed record ShockResolution(IReadOnlyList<MarketShock> Shocks, string? Field, string? Problem)
{
    public static ShockResolution Invalid(string field, string problem) => new([], field, problem);
}
