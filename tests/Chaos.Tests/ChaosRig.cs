using GameDay.Chaos.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;

namespace GameDay.Chaos.Tests;

/// The fault library over a <see cref="FakeStack"/> on a <see cref="TestClock"/>: the real catalog, a real
/// <see cref="FaultContext"/>, and an engine on first use.
internal sealed class ChaosRig : IAsyncDisposable
{
    private readonly FaultCatalog catalog;
    private FaultEngine? engine;

    public ChaosRig(int seed = 7, IEnumerable<FaultKind>? extraKinds = null)
    {
        Stack = new FakeStack(Clock, seed);
        Context = new FaultContext(Stack);
        catalog = new FaultCatalog([.. FaultKinds.Catalog().Kinds, .. extraKinds ?? []]);
    }

    public TestClock Clock { get; } = new();

    public FakeStack Stack { get; }

    public FaultContext Context { get; }

    public FaultEngine Engine => engine ??= new FaultEngine(catalog, Context, NullLogger.Instance);

    /// The catalog's schema check and then the kind's own, as the engine runs them; null when the spec is fine.
    public string? Check(FaultSpec spec)
    {
        var kind = catalog.Find(spec.Kind) ?? throw new ArgumentException($"no kind {spec.Kind}", nameof(spec));
        var resources = Stack.Snapshots().Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        return catalog.CheckSchema(kind, spec, resources) ?? kind.Validate(spec, Context);
    }

    /// A fault of a spec that passes the checks, ready to inject (without the engine).
    public IFault Create(FaultSpec spec)
    {
        Assert.Null(Check(spec));
        return catalog.Find(spec.Kind)!.Create(spec, Context);
    }

    public async ValueTask DisposeAsync()
    {
        if (engine is not null) await engine.DisposeAsync();
        else await Context.DisposeAsync();
        await Stack.DisposeAsync();
    }
}
