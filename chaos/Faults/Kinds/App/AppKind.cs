namespace GameDay.Chaos.Kinds.App;

/// Base of the app-layer faults: Simmy chaos inside one service, set through its `/admin/chaos/{scope}`.
/// The target must be a service (only they have the admin API), the scope one the services know.
public abstract class AppKind : FaultKind
{
    /// The scopes of ServiceDefaults' ChaosScopes (this library does not reference ServiceDefaults).
    public static readonly IReadOnlyList<string> Scopes = ["http", "db", "redis", "processing"];

    public override string Layer => FaultLayers.App;

    protected abstract string DefaultScope { get; }

    public override string? Validate(FaultSpec spec, FaultContext context)
    {
        if (context.Stack.Snapshots().FirstOrDefault(s => s.Name == spec.Target) is { Type: not "Project" } resource)
            return $"'{resource.Name}' is a {resource.Type}, not a service: app faults need a service's /admin/chaos.";
        if (!Scopes.Contains(Scope(spec), StringComparer.Ordinal))
            return $"'scope' must be one of {string.Join(", ", Scopes)}, not '{Scope(spec)}'.";
        return FaultParameters.Check(() => CheckParameters(spec));
    }

    /// Throws <see cref="FormatException"/> naming the first bad parameter.
    protected abstract void CheckParameters(FaultSpec spec);

    protected string Scope(FaultSpec spec) => spec.Parameter("scope") ?? DefaultScope;

    /// A service holds one chaos setting per scope: latency and errors on one scope would overwrite each other.
    public override string ConflictKey(FaultSpec spec) => $"app|{spec.Target}|{Scope(spec)}";

    protected static double Rate(FaultSpec spec, double fallback) =>
        FaultParameters.Number(spec, "rate", fallback) is var rate and >= 0 and <= 1
            ? rate : throw new FormatException("'rate' must be between 0 and 1.");
}
