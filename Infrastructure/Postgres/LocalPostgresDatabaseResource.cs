using Aspire.Hosting.ApplicationModel;

namespace GameDay.Infrastructure.Postgres;

/// One database of a LocalPostgresResource, created when its server is ready. DCP gives only the server a state, so
/// the database publishes its own (Running once it exists) and has a health check of its own.
public sealed class LocalPostgresDatabaseResource(string name, string databaseName, LocalPostgresResource parent)
    : Resource(name), IResourceWithParent<LocalPostgresResource>, IResourceWithConnectionString
{
    public LocalPostgresResource Parent { get; } = parent;

    public string DatabaseName { get; } = databaseName;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{Parent};Database={DatabaseName}");
}
