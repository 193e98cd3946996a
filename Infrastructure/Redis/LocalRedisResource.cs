using Aspire.Hosting.ApplicationModel;
using GameDay.Infrastructure.Proxies;

namespace GameDay.Infrastructure.Redis;

/// redis-server of Debian's packages with its files in a data directory of the stack, run by DCP as an executable.
public sealed class LocalRedisResource(string name, string dataDirectory, ParameterResource password)
    : ExecutableResource(name, "/usr/bin/redis-server", dataDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";

    /// The append-only file and the private configuration (with the password) live here.
    public string DataDirectory { get; } = dataDirectory;

    public ParameterResource Password { get; } = password;

    public EndpointReference Endpoint => new(this, EndpointName);

    /// Where the server listens, behind GameDay's fault proxy on Endpoint.
    public EndpointReference Target => new(this, ProxiedEndpointExtensions.TargetName(EndpointName));

    public string ConfigFile => Path.Combine(DataDirectory, "redis.conf");

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"127.0.0.1:{Endpoint.Property(EndpointProperty.Port)},password={Password}");
}
