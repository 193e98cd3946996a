namespace GameDay.Hosting.Proxy;

public sealed record ProxyConnectionInfo(
    long Id, string Client, int TargetPort, DateTimeOffset OpenedAt, long BytesToTarget, long BytesToClient, ProxyPath Path);
