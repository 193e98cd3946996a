using GameDay.Hosting.Proxy;

namespace GameDay.Hosting;

/// `Path`: the network path the AppHost's proxy sends new connections over, null without a proxy.
public sealed record EndpointSnapshot(string Name, string Url, int Port, int TargetPort, ProxyPath? Path = null);
