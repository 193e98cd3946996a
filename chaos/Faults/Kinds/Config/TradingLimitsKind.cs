namespace GameDay.Chaos.Kinds.Config;

/// `config.trading-limits`: a drill-sized trading day. The orchestrator's run-time limits are set so that PnL is
/// `lossHeadroom` rupees above the daily loss limit and/or `targetHeadroom` below the daily target (each at least
/// 1,000 from zero); the revert puts back the limits that were in force.
public sealed class TradingLimitsKind : FaultKind
{
    public override string Name => "config.trading-limits";
    public override string Layer => FaultLayers.Config;
    public override string Description =>
        "Set the orchestrator's daily loss limit `lossHeadroom` rupees below the current PnL and/or the daily target " +
        "`targetHeadroom` above it (PUT /admin/limits); the revert restores the limits in force before.";
    public override bool NeedsTarget => false;
    public override IReadOnlyList<string> Optional => ["lossHeadroom", "targetHeadroom"];

    /// One set of limits: two such faults would restore each other's values.
    public override string ConflictKey(FaultSpec spec) => Name;

    public override string? Validate(FaultSpec spec, FaultContext context) => FaultParameters.Check(() => Headrooms(spec));

    public override IFault Create(FaultSpec spec, FaultContext context)
    {
        var (loss, target) = Headrooms(spec);
        return new TradingLimitsFault(context, loss, target);
    }

    internal static (decimal? Loss, decimal? Target) Headrooms(FaultSpec spec)
    {
        if (spec.Parameter("lossHeadroom") is null && spec.Parameter("targetHeadroom") is null)
        {
            throw new FormatException("give 'lossHeadroom' and/or 'targetHeadroom' (rupees from the current PnL).");
        }
        return (Headroom(spec, "lossHeadroom"), Headroom(spec, "targetHeadroom"));
    }

    private static decimal? Headroom(FaultSpec spec, string name)
    {
        if (spec.Parameter(name) is null) return null;
        var value = FaultParameters.Number(spec, name, 0);
        FaultParameters.InRange(name, value, 1, 1e9);
        return (decimal)value;
    }
}
