namespace GameDay.Hosting;

public static class PrometheusBuilderExtensions
{
    /// Sends Prometheus's alerts to this Alertmanager (through its proxy) and scrapes it; not a WaitFor.
    public static IResourceBuilder<PrometheusResource> WithAlertmanager(
        this IResourceBuilder<PrometheusResource> builder, IResourceBuilder<AlertmanagerResource> alertmanager)
    {
        builder.Resource.Alertmanager = alertmanager.Resource;
        builder.Resource.References.Add(alertmanager.Resource);
        return builder;
    }

    /// Alertmanager posts every notification (webhook version 4) to `path` on this resource, through its proxy.
    public static IResourceBuilder<AlertmanagerResource> WithWebhook(
        this IResourceBuilder<AlertmanagerResource> builder, IResourceBuilder<Resource> receiver, string path)
    {
        if (receiver.Resource.Endpoint is null) throw new InvalidOperationException($"{receiver.Resource.Name} has no endpoint to post alerts to.");
        builder.Resource.Webhooks.Add((receiver.Resource, path.StartsWith('/') ? path : "/" + path));
        return builder;
    }
}
