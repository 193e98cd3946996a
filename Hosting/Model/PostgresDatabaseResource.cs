using GameDay.Hosting.Health;
using GameDay.Hosting.Runtime;

namespace GameDay.Hosting;

/// A database inside a server: no process of its own; Healthy once it exists and accepts connections.
public sealed class PostgresDatabaseResource(string name, string databaseName, PostgresServerResource server)
    : Resource(name), IResourceWithConnectionString
{
    public override string Type => "PostgresDatabase";

    public string DatabaseName { get; } = databaseName;

    public PostgresServerResource Server { get; } = server;

    public override Resource Parent => Server;

    public string ConnectionStringName => Name;

    public string GetConnectionString() => Server.ConnectionString(DatabaseName);

    internal override Task<LaunchSpec> PrepareAsync(LaunchContext context, CancellationToken ct) =>
        throw new InvalidOperationException("A database has no process; its server is launched instead.");

    internal override IHealthProbe CreateHealthProbe(int targetPort) =>
        new DatabaseHealthProbe(targetPort, PostgresServerResource.UserName, Server.Password, DatabaseName);
}
