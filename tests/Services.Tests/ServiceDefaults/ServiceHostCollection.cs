namespace GameDay.Services.Tests.ServiceDefaults;

/// The tests that start a host with the service defaults, one at a time. OpenTelemetry listens to meters by name across
/// the process, so two hosts alive at once each export the other's `chaos_active` series with the same labels, and a
/// scrape may show the other host's 0 where this one's 1 is expected (CI H: PrometheusSeesWhichScopeIsActive). A
/// service process has one host; only this test process has several.
[CollectionDefinition(Name)]
public sealed class ServiceHostCollection
{
    public const string Name = "service hosts";
}
