using System.Diagnostics.Metrics;

namespace Microsoft.Extensions.Hosting;

/// Signals every service shares: log volume (log-flood) and refused admin calls (auth-failure-spike).
internal static class ServiceDefaultsMetrics
{
    private static readonly Meter Meter = new(Extensions.TelemetryPrefix + "ServiceDefaults");

    public static readonly Counter<long> LogMessages =
        Meter.CreateCounter<long>("log_messages", description: "Log records written, by level");

    public static readonly Counter<long> AdminAuthFailures =
        Meter.CreateCounter<long>("admin_auth_failures", description: "Admin requests refused for a missing or wrong X-Admin-Token");
}
