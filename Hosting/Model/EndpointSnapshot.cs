namespace GameDay.Hosting;

public sealed record EndpointSnapshot(string Name, string Url, int Port, int TargetPort);
