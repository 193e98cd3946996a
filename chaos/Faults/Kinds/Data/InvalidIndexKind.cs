namespace GameDay.Chaos.Kinds.Data;

public sealed class InvalidIndexKind : FaultKind
{
    public const int DefaultHistory = 500_000;
    private const int MaxHistory = 5_000_000;

    public override string Name => "data.invalid-index";
    public override string Layer => FaultLayers.Data;
    public override string Description =>
        "A migration's cancelled CREATE INDEX CONCURRENTLY leaves risk_decisions_decided_at INVALID on a risk_decisions table " +
        "holding `history` (default 500,000) rejected decisions of history: the order-rate check scans the table.";
    public override bool NeedsTarget => false;
    public override IReadOnlyList<string> Optional => ["history"];

    public override string? Validate(FaultSpec spec, FaultContext context) =>
        FaultParameters.Check(() => FaultParameters.InRange("history", FaultParameters.Integer(spec, "history", DefaultHistory), 0, MaxHistory));

    public override IFault Create(FaultSpec spec, FaultContext context) =>
        new InvalidIndexFault(context, (int)FaultParameters.Integer(spec, "history", DefaultHistory));
}
