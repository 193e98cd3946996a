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
}
