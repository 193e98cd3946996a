using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using GameDay.Infrastructure.Control;
using GameDay.Infrastructure.Proxies;
using Microsoft.Extensions.DependencyInjection;
using Modes = GameDay.Hosting.Runtime.Modes;
using AlertmanagerConfig = GameDay.Hosting.Monitoring.AlertmanagerConfig;
using PrometheusConfig = GameDay.Hosting.Monitoring.PrometheusConfig;
using ScrapeJob = GameDay.Hosting.Monitoring.ScrapeJob;

namespace GameDay.Infrastructure.Monitoring;

public static class MonitoringBuilderExtensions
{
    /// Prometheus with its data in `dataDirectory`, evaluating the alert rules of `ruleFiles` (a glob) every second.
    public static IResourceBuilder<LocalPrometheusResource> AddLocalPrometheus(this IDistributedApplicationBuilder builder, string name,
        string dataDirectory, string ruleFiles, int? port = null)
    {
        var prometheus = new LocalPrometheusResource(name, Path.GetFullPath(dataDirectory), ruleFiles);
        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(prometheus, async (e, ct) =>
        {
            Directory.CreateDirectory(prometheus.DataDirectory);
            var jobs = new List<ScrapeJob>();
            foreach (var target in prometheus.ScrapeTargets.Append(prometheus).Concat(prometheus.Alertmanager is { } a ? [a] : []))
            {
                jobs.Add(new ScrapeJob(target.Name, await AddressAsync(target, ct), target.Name));
            }
            if (prometheus.ScrapesControlApi)
            {
                var control = e.Services.GetRequiredService<AspireStackControl>();
                Modes.WritePrivate(prometheus.AdminTokenFile, control.AdminToken);
                jobs.Add(new ScrapeJob("apphost", new Uri(control.ControlUrl).Authority, null, prometheus.AdminTokenFile));
            }
            var alertmanager = prometheus.Alertmanager is { } am ? await AddressAsync(am, ct) : null;
            await File.WriteAllTextAsync(prometheus.ConfigFile, PrometheusConfig.Render(jobs, prometheus.RuleFiles, alertmanager), ct);
        });
        return builder.AddResource(prometheus)
            .WithProxiedEndpoint(LocalPrometheusResource.EndpointName, "http", port)
            .WithArgs(context =>
            {
                context.Args.Add("--config.file=" + prometheus.ConfigFile);
                context.Args.Add("--storage.tsdb.path=" + Path.Combine(prometheus.DataDirectory, "tsdb"));
                context.Args.Add("--storage.tsdb.retention.time=2d");
                // Firing alerts are sent again every 5 s, so an Alertmanager that starts later or restarts has them within seconds.
                context.Args.Add("--rules.alert.resend-delay=5s");
                context.Args.Add(ListenAddress(prometheus.Target));
            })
            .WithHttpHealthCheck("/-/ready", endpointName: ProxiedEndpointExtensions.TargetName(LocalPrometheusResource.EndpointName))
            .WithIconName("ChartMultiple");
    }

    /// Scrapes the resource's `/metrics` on its `http` endpoint.
    public static IResourceBuilder<LocalPrometheusResource> WithScrapeTarget(this IResourceBuilder<LocalPrometheusResource> builder,
        IResourceBuilder<IResourceWithEndpoints> target)
    {
        builder.Resource.ScrapeTargets.Add(target.Resource);
        return builder;
    }

    /// Scrapes the AppHost's control API (AddControlApi) as job `apphost`, with the run's admin token.
    public static IResourceBuilder<LocalPrometheusResource> WithControlApiScrape(this IResourceBuilder<LocalPrometheusResource> builder)
    {
        builder.Resource.ScrapesControlApi = true;
        return builder;
    }

    /// Sends the alerts to this Alertmanager and scrapes it; not a WaitFor (Prometheus keeps alerts until it answers).
    public static IResourceBuilder<LocalPrometheusResource> WithAlertmanager(this IResourceBuilder<LocalPrometheusResource> builder,
        IResourceBuilder<LocalAlertmanagerResource> alertmanager)
    {
        builder.Resource.Alertmanager = alertmanager.Resource;
        return builder;
    }

    /// Alertmanager with its silences and notification log in `dataDirectory`.
    public static IResourceBuilder<LocalAlertmanagerResource> AddLocalAlertmanager(this IDistributedApplicationBuilder builder, string name,
        string dataDirectory, int? port = null)
    {
        var alertmanager = new LocalAlertmanagerResource(name, Path.GetFullPath(dataDirectory));
        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(alertmanager, async (_, ct) =>
        {
            Directory.CreateDirectory(alertmanager.DataDirectory);
            var urls = new List<string>();
            foreach (var webhook in alertmanager.Webhooks) urls.Add(await webhook.GetValueAsync(ct) ?? "");
            await File.WriteAllTextAsync(alertmanager.ConfigFile, AlertmanagerConfig.Render(urls), ct);
        });
        return builder.AddResource(alertmanager)
            .WithProxiedEndpoint(LocalAlertmanagerResource.EndpointName, "http", port)
            .WithArgs(context =>
            {
                context.Args.Add("--config.file=" + alertmanager.ConfigFile);
                context.Args.Add("--storage.path=" + Path.Combine(alertmanager.DataDirectory, "am"));
                context.Args.Add("--cluster.listen-address=");
                context.Args.Add(ListenAddress(alertmanager.Target));
            })
            .WithHttpHealthCheck("/-/ready", endpointName: ProxiedEndpointExtensions.TargetName(LocalAlertmanagerResource.EndpointName))
            .WithIconName("Alert");
    }

    /// Every notification (webhook version 4) also goes to `path` on the receiver's `http` endpoint.
    public static IResourceBuilder<LocalAlertmanagerResource> WithWebhook(this IResourceBuilder<LocalAlertmanagerResource> builder,
        IResourceBuilder<IResourceWithEndpoints> receiver, string path)
    {
        builder.Resource.Webhooks.Add(ReferenceExpression.Create($"{receiver.GetEndpoint("http")}{path}"));
        return builder;
    }

    /// Every notification also goes to a URL outside the application (a test's receiver, a team's chat bridge).
    public static IResourceBuilder<LocalAlertmanagerResource> WithWebhook(this IResourceBuilder<LocalAlertmanagerResource> builder, string url)
    {
        builder.Resource.Webhooks.Add(ReferenceExpression.Create($"{url}"));
        return builder;
    }

    /// Both servers listen on loopback only, on the port DCP gives the endpoint.
    private static ReferenceExpression ListenAddress(EndpointReference endpoint) =>
        ReferenceExpression.Create($"--web.listen-address=127.0.0.1:{endpoint.Property(EndpointProperty.TargetPort)}");

    private static async Task<string> AddressAsync(IResourceWithEndpoints resource, CancellationToken ct)
    {
        var port = await resource.GetEndpoint("http").Property(EndpointProperty.Port).GetValueAsync(ct);
        return "127.0.0.1:" + port;
    }
}
