using GameDay.Hosting.Health;
using GameDay.Hosting.Runtime;

namespace GameDay.Hosting;

/// Base of every resource; the runtime asks it how to launch and how to probe health.
public abstract class Resource(string name) : IResource
{
    public string Name { get; } = name;

    public abstract string Type { get; }

    public Endpoint? Endpoint { get; protected set; }

    /// The resource this one lives inside (a database inside its server); it has no process of its own.
    public virtual Resource? Parent => null;

    internal List<Resource> WaitsFor { get; } = [];

    internal List<Resource> References { get; } = [];

    internal Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    /// Run-time configuration changes (chaos config faults): applied last at the next start; null removes a variable.
    internal System.Collections.Concurrent.ConcurrentDictionary<string, string?> ConfigOverrides { get; } = new(StringComparer.Ordinal);

    internal IEnumerable<Resource> Dependencies =>
        WaitsFor.Concat(References).Concat(Parent is null ? [] : [Parent]).Distinct();

    internal abstract Task<LaunchSpec> PrepareAsync(LaunchContext context, CancellationToken ct);

    internal abstract IHealthProbe? CreateHealthProbe(int targetPort);
}
