namespace GameDay.Chaos.Kinds.Data;

public sealed class LockTableKind : FaultKind
{
    private static readonly string[] Tables = ["orders", "trades", "positions", "outbox", "inbox"];
    private static readonly string[] Modes = ["SHARE", "EXCLUSIVE", "ACCESS EXCLUSIVE"];

    public override string Name => "data.lock-table";
    public override string Layer => FaultLayers.Data;
    public override string Description => "An idle transaction holding a lock on `table` (default orders) in `mode` (default EXCLUSIVE).";
    public override bool NeedsTarget => false;
    public override IReadOnlyList<string> Optional => ["table", "mode"];

    public override string? Validate(FaultSpec spec, FaultContext context) =>
        !Tables.Contains(spec.Parameter("table") ?? "orders") ? $"'table' must be one of {string.Join(", ", Tables)}."
        : !Modes.Contains(spec.Parameter("mode") ?? "EXCLUSIVE") ? $"'mode' must be one of {string.Join(", ", Modes)}." : null;

    public override IFault Create(FaultSpec spec, FaultContext context) =>
        new LockTableFault(context, spec.Parameter("table") ?? "orders", spec.Parameter("mode") ?? "EXCLUSIVE");
}
