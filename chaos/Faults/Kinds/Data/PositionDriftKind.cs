namespace GameDay.Chaos.Kinds.Data;

public sealed class PositionDriftKind : FaultKind
{
    public override string Name => "data.position-drift";
    public override string Layer => FaultLayers.Data;
    public override string Description => "Add `delta` (default 7) to one symbol's quantity in `positions` (`symbol`, default the first held).";
    public override bool NeedsTarget => false;
    public override IReadOnlyList<string> Optional => ["symbol", "delta"];

    public override string? Validate(FaultSpec spec, FaultContext context) =>
        FaultParameters.Check(() => FaultParameters.Integer(spec, "delta", 7)) ?? (FaultParameters.Integer(spec, "delta", 7) == 0 ? "'delta' must not be 0." : null);

    public override IFault Create(FaultSpec spec, FaultContext context) =>
        new PositionDriftFault(context, spec.Parameter("symbol"), (int)FaultParameters.Integer(spec, "delta", 7));
}
