using System.Globalization;
using GameDay.Hosting.Health;
using GameDay.Hosting.Monitoring;
using GameDay.Hosting.Runtime;

namespace GameDay.Hosting;

/// Prometheus from Debian's package; its prometheus.yml is generated from the topology at every launch. It waits for
/// nothing: it only needs addresses, known once the proxies listen, and must keep running while what it scrapes is down.
public sealed class PrometheusResource : Resource
{
    internal PrometheusResource(string name, int? port)
        : base(name)
    {
        Endpoint = new Endpoint("http", "http", port);
    }

    public override string Type => "Prometheus";

    /// Where alerts go; null until WithAlertmanager.
    public AlertmanagerResource? Alertmanager { get; internal set; }

    internal override Task<LaunchSpec> PrepareAsync(LaunchContext context, CancellationToken ct)
    {
        var data = context.Run.Paths.ResourceData(Name);
        Directory.CreateDirectory(data);
        var config = Path.Combine(data, "prometheus.yml");
        File.WriteAllText(config, GenerateConfig(context));
        string[] args =
        [
            "--config.file=" + config,
            "--storage.tsdb.path=" + Path.Combine(data, "tsdb"),
            "--storage.tsdb.retention.time=2d",
            string.Create(CultureInfo.InvariantCulture, $"--web.listen-address=127.0.0.1:{context.TargetPort}"),
            "--web.external-url=" + Endpoint!.Url,
            "--web.enable-lifecycle",
            // Firing alerts are re-sent every 5 s instead of every minute, so an Alertmanager that starts after Prometheus
            // or restarts mid-drill has them again within seconds (they then expire 20 s after Prometheus stops).
            "--rules.alert.resend-delay=5s",
        ];
        return Task.FromResult(new LaunchSpec("prometheus", args, context.InheritedEnvironment, data));
    }

    internal string GenerateConfig(LaunchContext context) => PrometheusConfig.Render(
        PrometheusConfig.Jobs(context.Resources, this, context.ControlUrl, context.Run.Paths.AdminTokenFile),
        Path.Combine(context.Run.RepositoryRoot, "monitoring", "rules", "*.yml"),
        Alertmanager is null ? null : PrometheusConfig.ProxyAddress(Alertmanager));

    internal override IHealthProbe CreateHealthProbe(int targetPort) => new HttpHealthProbe(targetPort, "/-/ready");
}
