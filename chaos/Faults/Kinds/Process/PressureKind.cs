namespace GameDay.Chaos.Kinds.Process;

/// Base of the faults a service suffers from inside its own process (memory leak, CPU burn): set through its
/// `/admin/chaos/pressure` for the fault's duration (the service ends it then by itself), cleared on revert.
public abstract class PressureKind : FaultKind
{
    public override string Layer => FaultLayers.Process;

    public override string? Validate(FaultSpec spec, FaultContext context) =>
        context.Stack.Snapshots().FirstOrDefault(s => s.Name == spec.Target) is { Type: not "Project" } resource
            ? $"'{resource.Name}' is a {resource.Type}, not a service: {Name} needs a service's /admin/chaos/pressure."
            : FaultParameters.Check(() => Body(spec));

    /// One pressure setting per service: a leak and a burn on the same service would overwrite each other.
    public override string ConflictKey(FaultSpec spec) => $"pressure|{spec.Target}";

    public override IFault Create(FaultSpec spec, FaultContext context) => new PressureFault(context, spec, Body(spec));

    /// The request's fields for this kind; throws <see cref="FormatException"/> naming a bad parameter.
    protected abstract object Body(FaultSpec spec);
}

public sealed class MemoryLeakKind : PressureKind
{
    public override string Name => "process.memory-leak";
    public override string Description =>
        "The target service allocates and keeps `rate` MB a second (default 2) up to `cap` MB (default 768); the revert releases it.";
    public override IReadOnlyList<string> Optional => ["rate", "cap"];

    protected override object Body(FaultSpec spec)
    {
        var rate = FaultParameters.Number(spec, "rate", 2);
        FaultParameters.InRange("rate", rate, 0.1, 256);
        var cap = FaultParameters.Integer(spec, "cap", 768);
        FaultParameters.InRange("cap", cap, 1, 4096);
        return new { leakMbPerSecond = rate, leakCapMb = cap };
    }
}

public sealed class CpuBurnKind : PressureKind
{
    public override string Name => "process.cpu-burn";
    public override string Description => "The target service spins `cores` threads (default 1) at full speed; the revert stops them.";
    public override IReadOnlyList<string> Optional => ["cores"];

    protected override object Body(FaultSpec spec)
    {
        var cores = FaultParameters.Integer(spec, "cores", 1);
        FaultParameters.InRange("cores", cores, 1, 8);
        return new { cpuCores = cores };
    }
}
