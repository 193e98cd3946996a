using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Microsoft.Extensions.Hosting;

/// What Aspire.Npgsql's `AddNpgsqlDataSource` does: a data source from `ConnectionStrings:{name}`,
/// a health check, logging, tracing and metrics. Replacing this with Aspire.Npgsql is one line.
public static class NpgsqlExtensions
{
    /// Aspire.Npgsql's `AddKeyedNpgsqlDataSource`: a second database, resolved with `[FromKeyedServices(name)]`;
    /// no health check (a service whose health must not depend on that database).
    public static IHostApplicationBuilder AddKeyedNpgsqlDataSource(this IHostApplicationBuilder builder, string connectionName)
    {
        var connectionString = ConnectionString(builder, connectionName);
        builder.Services.AddKeyedSingleton(connectionName, (sp, _) => Build(builder, sp, connectionString));
        return builder;
    }

    public static IHostApplicationBuilder AddNpgsqlDataSource(this IHostApplicationBuilder builder, string connectionName)
    {
        var connectionString = ConnectionString(builder, connectionName);
        builder.Services.AddSingleton(sp => Build(builder, sp, connectionString));
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            connectionName,
            sp => new NpgsqlHealthCheck(sp.GetRequiredService<NpgsqlDataSource>()),
            failureStatus: null,
            tags: null,
            timeout: TimeSpan.FromSeconds(3)));
        return builder;
    }

    private static string ConnectionString(IHostApplicationBuilder builder, string connectionName) =>
        builder.Configuration.GetConnectionString(connectionName)
        ?? throw new InvalidOperationException(
            $"ConnectionStrings:{connectionName} is missing; the AppHost injects it as ConnectionStrings__{connectionName}.");

    /// Sessions carry the service's name (pg_stat_activity.application_name), which the runbooks count by.
    private static NpgsqlDataSource Build(IHostApplicationBuilder builder, IServiceProvider services, string connectionString)
    {
        var dataSource = new NpgsqlDataSourceBuilder(connectionString).UseLoggerFactory(services.GetRequiredService<ILoggerFactory>());
        dataSource.ConnectionStringBuilder.ApplicationName = builder.Environment.ApplicationName;
        return dataSource.Build();
    }
}
