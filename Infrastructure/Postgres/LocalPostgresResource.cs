using Aspire.Hosting.ApplicationModel;
using GameDay.Infrastructure.Proxies;

namespace GameDay.Infrastructure.Postgres;

/// A PostgreSQL cluster of Debian's packages in a data directory of the stack, run by DCP as an executable (as the
/// `postgres` user when the AppHost is root: the server refuses root). Its databases are child resources.
public sealed class LocalPostgresResource(string name, string command, string dataDirectory, ParameterResource password)
    : ExecutableResource(name, command, dataDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";
    public const string UserName = "trader";

    /// The cluster: PG_VERSION, postgresql.conf and the tables live here.
    public string DataDirectory { get; } = dataDirectory;

    public ParameterResource Password { get; } = password;

    public EndpointReference Endpoint => new(this, EndpointName);

    /// Where the server listens, behind GameDay's fault proxy on Endpoint.
    public EndpointReference Target => new(this, ProxiedEndpointExtensions.TargetName(EndpointName));

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host=127.0.0.1;Port={Endpoint.Property(EndpointProperty.Port)};Username={UserName};Password={Password}");
}
