using Aspire.Hosting.ApplicationModel;
using GameDay.Infrastructure.Proxies;

namespace GameDay.Infrastructure.Monitoring;

/// Prometheus of Debian's package, its prometheus.yml generated before every start from what it scrapes
/// (ScrapeTargets) and where it sends alerts; it waits for nothing and keeps running while its targets are down.
public sealed class LocalPrometheusResource(string name, string dataDirectory, string ruleFiles)
    : ExecutableResource(name, "/usr/bin/prometheus", dataDirectory), IResourceWithEndpoints
{
    public const string EndpointName = "http";

    public string DataDirectory { get; } = dataDirectory;

    /// A glob of alert rule files (monitoring/rules/*.yml).
    public string RuleFiles { get; } = ruleFiles;

    public EndpointReference Endpoint => new(this, EndpointName);

    /// Where the server listens, behind GameDay's fault proxy on Endpoint.
    public EndpointReference Target => new(this, ProxiedEndpointExtensions.TargetName(EndpointName));

    public string ConfigFile => Path.Combine(DataDirectory, "prometheus.yml");

    /// Resources whose `/metrics` it scrapes (their `http` endpoint), each a job named after it.
    public List<IResourceWithEndpoints> ScrapeTargets { get; } = [];

    public LocalAlertmanagerResource? Alertmanager { get; internal set; }

    /// Scrapes the AppHost's control API too (job `apphost`: the resources' health, restarts and crashes).
    public bool ScrapesControlApi { get; internal set; }

    /// The run's admin token, for the `apphost` job (private to the file's owner).
    public string AdminTokenFile => Path.Combine(DataDirectory, "admin-token");
}
