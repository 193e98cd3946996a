using GameDay.Hosting.Monitoring;
using GameDay.Hosting.Runtime;

namespace GameDay.Hosting.Tests;

public sealed class MonitoringConfigTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("gameday-monitoring-").FullName;

    public void Dispose() => Directory.Delete(root, true);

    /// Two projects, Prometheus wired to Alertmanager, ports as the proxies would have bound them.
    private static (PrometheusResource Prometheus, IReadOnlyList<Resource> Resources) Topology()
    {
        var builder = new DistributedApplicationBuilder(new DistributedApplicationOptions());
        builder.AddRedis("redis", 16379);
        var broker = builder.AddProject("broker", "services/Broker/GameDay.Broker.csproj", 8090);
        var alertmanager = builder.AddAlertmanager("alertmanager", 9093);
        var prometheus = builder.AddPrometheus("prometheus", 9090).WithAlertmanager(alertmanager);
        // Declared after Prometheus on purpose: the config comes from the whole topology at launch.
        var engine = builder.AddProject("execution-engine", "services/ExecutionEngine/GameDay.ExecutionEngine.csproj", 8085);
        foreach (var resource in builder.Resources)
        {
            resource.Endpoint!.PublicPort = resource.Endpoint.RequestedPort!.Value;
        }

        Assert.Equal(8090, broker.Resource.Endpoint!.PublicPort);
        Assert.Equal(8085, engine.Resource.Endpoint!.PublicPort);
        return (prometheus.Resource, builder.Resources);
    }

    private static LaunchContext Context(IReadOnlyList<Resource> resources, RunSettings? run = null) =>
        new(run ?? TestResources.Run(), new Dictionary<string, string>(), 40000, "abcd1234", _ => { }, (_, _) => Task.FromResult(0))
        {
            Resources = resources,
            ControlUrl = "http://127.0.0.1:18888",
        };

    private static string Generate()
    {
        var (prometheus, resources) = Topology();
        return prometheus.GenerateConfig(Context(resources));
    }

    [Fact]
    public void ScrapeAndEvaluationRunEverySecond()
    {
        var yaml = Generate();
        Assert.Contains("  scrape_interval: 1s\n", yaml, StringComparison.Ordinal);
        Assert.Contains("  scrape_timeout: 900ms\n", yaml, StringComparison.Ordinal);
        Assert.Contains("  evaluation_interval: 1s\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryProjectIsAJobNamedAfterItAndScrapedThroughItsProxy()
    {
        var (prometheus, resources) = Topology();
        var jobs = PrometheusConfig.Jobs(resources, prometheus, "http://127.0.0.1:18888", "/data/run/admin-token");
        Assert.Equal(
            [
                new ScrapeJob("broker", "127.0.0.1:8090", "broker"),
                new ScrapeJob("execution-engine", "127.0.0.1:8085", "execution-engine"),
                new ScrapeJob("apphost", "127.0.0.1:18888", null, "/data/run/admin-token"),
                new ScrapeJob("prometheus", "127.0.0.1:9090", "prometheus"),
                new ScrapeJob("alertmanager", "127.0.0.1:9093", "alertmanager"),
            ],
            jobs);
        var yaml = Generate();
        Assert.Contains("""
              - job_name: 'execution-engine'
                metrics_path: /metrics
                static_configs:
                  - targets: ['127.0.0.1:8085']
                    labels:
                      resource: 'execution-engine'
            """, yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("redis", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void TheAppHostJobScrapesTheControlApiWithTheTokenFile()
    {
        Assert.Contains("""
              - job_name: 'apphost'
                metrics_path: /metrics
                authorization:
                  type: Bearer
                  credentials_file: '/data/run/admin-token'
                static_configs:
                  - targets: ['127.0.0.1:18888']
            """, Generate(), StringComparison.Ordinal);
    }

    [Fact]
    public void RulesComeFromTheRepositoryAndAlertsGoToAlertmanagersProxy()
    {
        var yaml = Generate();
        Assert.Contains("rule_files:\n  - '/repo/monitoring/rules/*.yml'\n", yaml, StringComparison.Ordinal);
        Assert.Contains("alerting:\n  alertmanagers:\n    - static_configs:\n        - targets: ['127.0.0.1:9093']\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAlertmanagerThereIsNoAlertingSection()
    {
        var builder = new DistributedApplicationBuilder(new DistributedApplicationOptions());
        var prometheus = builder.AddPrometheus("prometheus", 9090);
        var yaml = prometheus.Resource.GenerateConfig(Context(builder.Resources));
        Assert.DoesNotContain("alerting:", yaml, StringComparison.Ordinal);
        Assert.Contains("job_name: 'apphost'", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void AlertmanagerGroupsForDrillsAndSendsResolvedWebhooks()
    {
        var yaml = AlertmanagerConfig.Render(["http://127.0.0.1:5000/alerts?x='1'"]);
        Assert.Contains("""
            route:
              receiver: incident-responder
              group_by: [alertname, resource, job]
              group_wait: 1s
              group_interval: 2s
              repeat_interval: 1h
            """, yaml, StringComparison.Ordinal);
        Assert.Contains("""
              - name: incident-responder
                webhook_configs:
                  - url: 'http://127.0.0.1:5000/alerts?x=''1'''
                    send_resolved: true
                    max_alerts: 0
            """, yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingTradesInhibitsThePositionMismatchTheyCause()
    {
        var yaml = AlertmanagerConfig.Render([]);
        Assert.Contains("""
              - source_matchers: ['alertname="MissingTrades"']
                target_matchers: ['alertname="PositionMismatch"']
            """, yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAWebhookTheReceiverSendsNothing()
    {
        var yaml = AlertmanagerConfig.Render([]);
        Assert.EndsWith("receivers:\n  - name: incident-responder\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("webhook_configs", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void AWebhookThatIsNotAnHttpUrlFailsTheLaunchWithItsName() =>
        Assert.Contains("ftp://x", Assert.Throws<LaunchException>(() => AlertmanagerConfig.Render(["ftp://x"])).Message, StringComparison.Ordinal);

    [Fact]
    public async Task PromtoolAcceptsTheGeneratedPrometheusConfig()
    {
        var paths = new AppPaths(Path.Combine(root, ".gameday"));
        paths.Create();
        Modes.WritePrivate(paths.AdminTokenFile, "tok");
        var (prometheus, resources) = Topology();
        var run = TestResources.Run() with { Paths = paths, RepositoryRoot = root };
        var config = Path.Combine(root, "prometheus.yml");
        await File.WriteAllTextAsync(config, prometheus.GenerateConfig(Context(resources, run)));
        var (code, output) = await CommandLineTool.RunAsync("promtool", ["check", "config", config]);
        Assert.True(code == 0, output);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("http://127.0.0.1:5000/alerts")]
    public async Task AmtoolAcceptsTheGeneratedAlertmanagerConfig(string? webhook)
    {
        var config = Path.Combine(root, "alertmanager.yml");
        await File.WriteAllTextAsync(config, AlertmanagerConfig.Render(webhook is null ? [] : [webhook]));
        var (code, output) = await CommandLineTool.RunAsync("amtool", ["check-config", config]);
        Assert.True(code == 0, output);
    }

    [Fact]
    public async Task EveryWebhookOfTheTopologyAndTheCommandLineGetsEachNotification()
    {
        var builder = new DistributedApplicationBuilder(new DistributedApplicationOptions());
        var responder = builder.AddProject("incident-responder", "services/IncidentResponder/GameDay.IncidentResponder.csproj", 8088);
        var alertmanager = builder.AddAlertmanager("alertmanager", 9093).WithWebhook(responder, "api/alerts");
        var run = TestResources.Run() with { AlertWebhookUrl = "http://127.0.0.1:5000/test" };

        var urls = alertmanager.Resource.WebhookUrls(run);
        var yaml = AlertmanagerConfig.Render(urls);

        Assert.Equal(2, urls.Count);
        Assert.Equal(responder.Resource.Endpoint!.Url + "/api/alerts", urls[0]);
        Assert.Equal("http://127.0.0.1:5000/test", urls[1]);
        Assert.Equal(2, yaml.Split("send_resolved: true").Length - 1);
        var config = Path.Combine(root, "alertmanager-two.yml");
        await File.WriteAllTextAsync(config, yaml);
        var (code, output) = await CommandLineTool.RunAsync("amtool", ["check-config", config]);
        Assert.True(code == 0, output);
    }
}
