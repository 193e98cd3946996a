namespace GameDay.Hosting;

/// `Path`: the network path the AppHost's proxy sends new connections over (primary or standby), null without one.
public sealed record EndpointSnapshot(string Name, string Url, int Port, int TargetPort, string? Path = null);
