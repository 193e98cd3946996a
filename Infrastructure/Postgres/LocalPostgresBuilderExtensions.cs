using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using GameDay.Infrastructure.Proxies;
using PostgresInstallation = GameDay.Hosting.PostgresInstallation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace GameDay.Infrastructure.Postgres;

public static class LocalPostgresBuilderExtensions
{
    // postgres takes SIGTERM as a "smart" shutdown, which waits for every client (the services' pools) to leave; DCP
    // stops with SIGTERM. The shell turns it into SIGINT, the fast shutdown (also when it comes before the server has
    // started), and exits with the server's code.
    private const string FastShutdown =
        """
        trap 'term=1; [ -n "$p" ] && kill -INT "$p"' TERM INT
        "$@" &
        p=$!
        [ -n "$term" ] && kill -INT "$p"
        while :; do
          wait "$p"
          s=$?
          # Above 128 a trapped signal ended the wait: the server may still be shutting down.
          [ "$s" -gt 128 ] && kill -0 "$p" 2>/dev/null && continue
          exit "$s"
        done
        """;

    /// A PostgreSQL server of Debian's packages with its cluster in `dataDirectory` (created on the first start).
    /// `port` is the public port (its fault proxy's); null takes a free one.
    public static IResourceBuilder<LocalPostgresResource> AddLocalPostgres(this IDistributedApplicationBuilder builder, string name,
        string dataDirectory, IResourceBuilder<ParameterResource>? password = null, int? port = null)
    {
        var passwordParameter = password?.Resource
            ?? ParameterResourceBuilderExtensions.CreateDefaultPasswordParameter(builder, $"{name}-password", special: false);
        var user = ServerUser.For("postgres");
        // Debian's binaries are not on PATH.
        var postgres = Path.Combine(PostgresInstallation.BinDirectory(), "postgres");
        var (command, prefix) = user.Wrap("/bin/sh", "-c", FastShutdown, "sh", postgres);
        var server = new LocalPostgresResource(name, command, Path.GetFullPath(dataDirectory), passwordParameter);

        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(server, async (e, ct) =>
        {
            var log = e.Services.GetRequiredService<ResourceLoggerService>().GetLogger(server);
            await PostgresCluster.PrepareAsync(server, await passwordParameter.GetValueAsync(ct) ?? "", user, log, ct);
        });
        builder.Eventing.Subscribe<ResourceReadyEvent>(server, (e, ct) => CreateDatabasesAsync(builder, server, e.Services, ct));

        var healthCheck = $"{name}_check";
        builder.Services.AddHealthChecks().AddAsyncCheck(healthCheck, ct => CanQueryAsync(server, "postgres", ct));
        return builder.AddResource(server)
            .WithProxiedEndpoint(LocalPostgresResource.EndpointName, "tcp", port)
            .WithArgs(context =>
            {
                foreach (var arg in prefix) context.Args.Add(arg);
                foreach (var arg in new[] { "-D", server.DataDirectory, "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "fsync=on", "-p" })
                {
                    context.Args.Add(arg);
                }
                context.Args.Add(server.Target.Property(EndpointProperty.TargetPort));
            })
            .WithIconName("DatabaseMultiple")
            .WithHealthCheck(healthCheck);
    }

    /// A database of the server, created once the server is ready; its connection string names it.
    public static IResourceBuilder<LocalPostgresDatabaseResource> AddDatabase(this IResourceBuilder<LocalPostgresResource> builder,
        string name, string? databaseName = null)
    {
        var database = new LocalPostgresDatabaseResource(name, databaseName ?? name, builder.Resource);
        var healthCheck = $"{name}_check";
        builder.ApplicationBuilder.Services.AddHealthChecks().AddAsyncCheck(healthCheck, ct => CanQueryAsync(builder.Resource, database.DatabaseName, ct));
        return builder.ApplicationBuilder.AddResource(database)
            .WithInitialState(new CustomResourceSnapshot
            {
                ResourceType = "PostgresDatabase",
                State = KnownResourceStates.Waiting,
                Properties = [new("postgres.database", database.DatabaseName)],
            })
            .WithIconName("Database")
            .WithHealthCheck(healthCheck);
    }

    private static async Task CreateDatabasesAsync(IDistributedApplicationBuilder builder, LocalPostgresResource server, IServiceProvider services,
        CancellationToken ct)
    {
        var notifications = services.GetRequiredService<ResourceNotificationService>();
        var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        await using var connection = new NpgsqlConnection(await ConnectionStringAsync(server, "postgres", ct));
        await connection.OpenAsync(ct);
        foreach (var database in builder.Resources.OfType<LocalPostgresDatabaseResource>().Where(d => d.Parent == server))
        {
            await using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection))
            {
                exists.Parameters.Add(new NpgsqlParameter { Value = database.DatabaseName });
                if (await exists.ExecuteScalarAsync(ct) is null)
                {
                    // CREATE DATABASE takes no parameters; the name is quoted as an identifier.
                    await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.DatabaseName.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
                    await create.ExecuteNonQueryAsync(ct);
                }
            }
            await notifications.PublishUpdateAsync(database, s => s with { State = KnownResourceStates.Running, StartTimeStamp = time.GetUtcNow().UtcDateTime });
        }
    }

    private static async Task<HealthCheckResult> CanQueryAsync(LocalPostgresResource server, string database, CancellationToken ct)
    {
        try
        {
            await using var connection = new NpgsqlConnection(await ConnectionStringAsync(server, database, ct));
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(ct);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy(e.Message);
        }
    }

    /// The server itself, not through its proxy: a network fault is not a dead server.
    private static async Task<string> ConnectionStringAsync(LocalPostgresResource server, string database, CancellationToken ct) =>
        new NpgsqlConnectionStringBuilder(await server.ConnectionStringExpression.GetValueAsync(ct))
        {
            Port = int.Parse((await server.Target.Property(EndpointProperty.TargetPort).GetValueAsync(ct))!, System.Globalization.CultureInfo.InvariantCulture),
            Database = database,
            Pooling = false,
            Timeout = 3,
        }.ConnectionString;
}
