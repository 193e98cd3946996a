using GameDay.Hosting.Proxy;

namespace GameDay.Hosting.Runtime;

/// What every runner shares: run settings, time, ports, the inherited environment, its siblings,
/// the runtime's lifetime (cancelled once shutdown begins: nothing may launch after that), and the app model.
internal sealed record RunnerServices(
    RunSettings Run,
    TimeProvider Time,
    PortAllocator Ports,
    IReadOnlyDictionary<string, string> InheritedEnvironment,
    Func<Resource, ResourceRunner> Runner,
    Func<Resource, TcpProxy?> Proxy,
    CancellationToken Stopping,
    IReadOnlyList<Resource> Resources,
    Func<string> ControlUrl)
{
    public ResourceStateChanges StateChanges { get; } = new();

    /// CPU and memory per resource, sampled by the runtime (<see cref="AppRuntime.StartResources"/>).
    public ResourceUsageSampler Usage { get; } = new(() => Resources.Select(r => (r.Name, Runner(r).ProcessId)), Time);
}
