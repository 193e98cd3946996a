namespace GameDay.Chaos.Kinds.Market;

/// `market.move`: prices move on the venue and in the data ingestor alike (the same seeded steps), either the
/// whole index (`index: -0.11`, the circuit-breaker drills) or every held symbol against (`direction: adverse`)
/// or with (`favourable`) its position by one share, sized by exactly one of `move` (the share), `pnl` (the PnL
/// change in rupees) or `pastLimit` (rupees beyond the daily loss limit, or the daily target when favourable).
public sealed class MarketMoveKind : FaultKind
{
    public const string Adverse = "adverse";
    public const string Favourable = "favourable";

    private static readonly string[] Sizes = ["index", "move", "pnl", "pastLimit"];

    public override string Name => "market.move";
    public override string Layer => FaultLayers.Market;
    public override string Description =>
        "Move prices on the venue and in the market data alike, over `over` (default 10s): the index by `index`, or every held " +
        "symbol against (`direction: adverse`, default) or with (`favourable`) its position by `move`, or by the share that changes " +
        "PnL by `pnl` rupees or takes it `pastLimit` rupees past the daily loss limit (the target when favourable); at most " +
        "`maxMove` (default 0.08) a symbol. The revert is the opposite move (the market retraces).";
    public override bool NeedsTarget => false;
    public override IReadOnlyList<string> Optional => ["index", "direction", "move", "pnl", "pastLimit", "over", "maxMove"];

    /// One market: a second move at the same time would make both sizes wrong.
    public override string ConflictKey(FaultSpec spec) => Name;

    public override string? Validate(FaultSpec spec, FaultContext context) => FaultParameters.Check(() => Settings(spec));

    public override IFault Create(FaultSpec spec, FaultContext context) => new MarketMoveFault(context, Settings(spec));

    internal static MarketMoveSettings Settings(FaultSpec spec)
    {
        var given = Sizes.Where(s => spec.Parameter(s) is not null).ToList();
        if (given.Count != 1) throw new FormatException($"give exactly one of {string.Join(", ", Sizes.Select(s => $"'{s}'"))}{(given.Count > 1 ? $", not {string.Join(" and ", given)}" : "")}.");
        var direction = spec.Parameter("direction") ?? Adverse;
        if (direction is not (Adverse or Favourable)) throw new FormatException($"'direction' must be {Adverse} or {Favourable}, not '{direction}'.");
        if (given[0] == "index" && spec.Parameter("direction") is not null) throw new FormatException("'direction' applies to held symbols, not to an 'index' move (its sign is the direction).");
        var over = FaultParameters.Duration(spec, "over", TimeSpan.FromSeconds(10));
        FaultParameters.InRange("over", over.TotalSeconds, 0.5, 3600);
        var maxMove = FaultParameters.Number(spec, "maxMove", 0.08);
        FaultParameters.InRange("maxMove", maxMove, 0.001, 0.5);
        var size = FaultParameters.Number(spec, given[0], 0);
        switch (given[0])
        {
            case "index": FaultParameters.InRange("index", size, -0.5, 0.5); break;
            case "move": FaultParameters.InRange("move", size, 0.0001, maxMove); break;
            default: FaultParameters.InRange(given[0], size, 1, 1e9); break;
        }
        return new MarketMoveSettings(given[0], size, direction == Adverse, over, maxMove);
    }
}

/// `Size` is `index` (a signed share of the index), `move` (a share per symbol), `pnl` or `pastLimit` (rupees).
internal sealed record MarketMoveSettings(string Size, double Amount, bool Adverse, TimeSpan Over, double MaxMove);
