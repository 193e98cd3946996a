namespace GameDay.Chaos;

/// A kind of fault (`process.kill`, `network.latency`…): its schema and a factory. Adding a fault is one small
/// subclass registered in <see cref="FaultCatalog"/>.
public abstract class FaultKind
{
    public abstract string Name { get; }

    public abstract string Layer { get; }

    public abstract string Description { get; }

    public virtual bool NeedsTarget => true;

    public virtual IReadOnlyList<string> Required => [];

    public virtual IReadOnlyList<string> Optional => [];

    /// Checks beyond the schema (the target has a proxy, a value parses); null when the spec is fine.
    public virtual string? Validate(FaultSpec spec, FaultContext context) => null;

    public abstract IFault Create(FaultSpec spec, FaultContext context);

    /// Two active faults with the same key would undo each other: the engine refuses the second.
    public virtual string ConflictKey(FaultSpec spec) => $"{Name}|{spec.Target}";
}
