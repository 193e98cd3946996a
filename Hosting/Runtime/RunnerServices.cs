using GameDay.Hosting.Proxy;

namespace GameDay.Hosting.Runtime;

/// What every runner shares: run settings, time, ports, the inherited environment and its siblings.
internal sealed record RunnerServices(
    RunSettings Run,
    TimeProvider Time,
    PortAllocator Ports,
    IReadOnlyDictionary<string, string> InheritedEnvironment,
    Func<Resource, ResourceRunner> Runner,
    Func<Resource, TcpProxy?> Proxy);
