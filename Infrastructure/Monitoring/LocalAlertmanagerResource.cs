using Aspire.Hosting.ApplicationModel;
using GameDay.Infrastructure.Proxies;

namespace GameDay.Infrastructure.Monitoring;

/// Alertmanager of Debian's package, single node (no gossip port), its alertmanager.yml generated before every start
/// with the webhooks every notification goes to.
public sealed class LocalAlertmanagerResource(string name, string dataDirectory)
    : ExecutableResource(name, "/usr/bin/prometheus-alertmanager", dataDirectory), IResourceWithEndpoints
{
    public const string EndpointName = "http";

    public string DataDirectory { get; } = dataDirectory;

    public EndpointReference Endpoint => new(this, EndpointName);

    /// Where the server listens, behind GameDay's fault proxy on Endpoint.
    public EndpointReference Target => new(this, ProxiedEndpointExtensions.TargetName(EndpointName));

    public string ConfigFile => Path.Combine(DataDirectory, "alertmanager.yml");

    /// Where notifications go: a resource's endpoint and path, or a URL outside the application.
    public List<ReferenceExpression> Webhooks { get; } = [];
}
