using System.Text.Json.Serialization;

namespace GameDay.Hosting.Proxy;

/// The two network paths from the stack to an endpoint, as a desk has a primary link and a standby one.
/// Network faults degrade the primary path; the standby path is clean. Which one carries traffic is an
/// operator's decision (the failover-path and failback-path commands), never the proxy's own.
[JsonConverter(typeof(JsonStringEnumConverter<ProxyPath>))]
public enum ProxyPath
{
    Primary,
    Standby,
}
