using System.Globalization;
using GameDay.Hosting.Health;
using GameDay.Hosting.Monitoring;
using GameDay.Hosting.Runtime;

namespace GameDay.Hosting;

/// Alertmanager from Debian's package, single node (no gossip port); alertmanager.yml is generated at every launch
/// with the run's webhook URL.
public sealed class AlertmanagerResource : Resource
{
    internal AlertmanagerResource(string name, int? port)
        : base(name)
    {
        Endpoint = new Endpoint("http", "http", port);
    }

    public override string Type => "Alertmanager";

    /// Receivers declared in the topology (`WithWebhook`): resource and path, reached through its proxy.
    internal List<(Resource Receiver, string Path)> Webhooks { get; } = [];

    internal IReadOnlyList<string> WebhookUrls(RunSettings run) =>
        [.. Webhooks.Select(w => w.Receiver.Endpoint!.Url.TrimEnd('/') + w.Path),
            .. string.IsNullOrWhiteSpace(run.AlertWebhookUrl) ? Array.Empty<string>() : [run.AlertWebhookUrl]];

    internal override Task<LaunchSpec> PrepareAsync(LaunchContext context, CancellationToken ct)
    {
        var data = context.Run.Paths.ResourceData(Name);
        Directory.CreateDirectory(data);
        var config = Path.Combine(data, "alertmanager.yml");
        File.WriteAllText(config, AlertmanagerConfig.Render(WebhookUrls(context.Run)));
        string[] args =
        [
            "--config.file=" + config,
            "--storage.path=" + Path.Combine(data, "am"),
            string.Create(CultureInfo.InvariantCulture, $"--web.listen-address=127.0.0.1:{context.TargetPort}"),
            "--web.external-url=" + Endpoint!.Url,
            "--cluster.listen-address=",
        ];
        return Task.FromResult(new LaunchSpec("prometheus-alertmanager", args, context.InheritedEnvironment, data));
    }

    internal override IHealthProbe CreateHealthProbe(int targetPort) => new HttpHealthProbe(targetPort, "/-/ready");
}
