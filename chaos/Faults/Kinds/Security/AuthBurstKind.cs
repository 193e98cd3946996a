namespace GameDay.Chaos.Kinds.Security;

public sealed class AuthBurstKind : FaultKind
{
    public override string Name => "security.auth-burst";
    public override string Layer => FaultLayers.Security;
    public override string Description => "`rate` (default 20) admin requests a second with wrong tokens against the target's `path` (default /admin/orchestrate/unhalt).";
    public override IReadOnlyList<string> Optional => ["rate", "path"];

    public override string? Validate(FaultSpec spec, FaultContext context) =>
        FaultParameters.Check(() => FaultParameters.Integer(spec, "rate", 20)) is { } error ? error
        : FaultParameters.Integer(spec, "rate", 20) is < 1 or > 200 ? "'rate' must be between 1 and 200."
        : spec.Parameter("path") is { } path && !path.StartsWith("/admin/", StringComparison.Ordinal) ? "'path' must be an /admin/ route."
        : context.Stack.EndpointUrl(spec.Target!) is null ? $"'{spec.Target}' has no endpoint to send requests to." : null;

    public override IFault Create(FaultSpec spec, FaultContext context) => new AuthBurstFault(context, spec.Target!,
        (int)FaultParameters.Integer(spec, "rate", 20), spec.Parameter("path") ?? "/admin/orchestrate/unhalt", context.RandomFor(spec.Kind + spec.RunId));
}
