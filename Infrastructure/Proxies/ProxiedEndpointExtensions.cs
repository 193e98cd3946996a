using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace GameDay.Infrastructure.Proxies;

public static class ProxiedEndpointExtensions
{
    /// The endpoint the resource's process listens on, behind its fault proxy: `tcp-target` for `tcp`.
    public static string TargetName(string endpointName) => endpointName + TargetSuffix;

    public static bool IsTarget(string endpointName) => endpointName.EndsWith(TargetSuffix, StringComparison.Ordinal);

    private const string TargetSuffix = "-target";
    private const string Loopback = "127.0.0.1";

    /// Two endpoints of fixed ports for the run: `name`, the address clients get (references, connection strings,
    /// Prometheus's scrapes), where GameDay's fault proxy listens; and `name-target`, where the process listens (its
    /// arguments and its health checks use it, so a network fault is seen by clients, not taken for a dead process).
    /// `port` is the public port; null takes a free one.
    public static IResourceBuilder<T> WithProxiedEndpoint<T>(this IResourceBuilder<T> builder, string name, string scheme, int? port = null)
        where T : IResourceWithEndpoints
    {
        var proxies = FaultProxies.Of(builder.ApplicationBuilder);
        var publicPort = port ?? proxies.Ports.Next();
        var targetPort = proxies.Ports.Next();
        proxies.Plan(builder.Resource.Name, publicPort, targetPort);
        // Neither is proxied by DCP: the proxy is GameDay's, and the process binds the target port itself. Both are IPv4
        // loopback addresses, not "localhost": nothing listens on ::1.
        return builder
            .WithEndpoint(port: publicPort, targetPort: publicPort, scheme: scheme, name: name, isProxied: false)
            .WithEndpoint(port: targetPort, targetPort: targetPort, scheme: scheme, name: TargetName(name), isProxied: false)
            .WithEndpoint(name, e => e.TargetHost = Loopback)
            .WithEndpoint(TargetName(name), e => e.TargetHost = Loopback);
    }
}
