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
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException(
                $"ConnectionStrings:{connectionName} is missing; the AppHost injects it as ConnectionStrings__{connectionName}.");
        builder.Services.AddKeyedSingleton(connectionName, (sp, _) =>
        {
            var dataSource = new NpgsqlDataSourceBuilder(connectionString).UseLoggerFactory(sp.GetRequiredService<ILoggerFactory>());
            dataSource.ConnectionStringBuilder.ApplicationName = builder.Environment.ApplicationName;
            return dataSource.Build();
        });
        return builder;
    }

    public static IHostApplicationBuilder AddNpgsqlDataSource(this IHostApplicationBuilder builder, string connectionName)
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException(
                $"ConnectionStrings:{connectionName} is missing; the AppHost injects it as ConnectionStrings__{connectionName}.");

        builder.Services.AddSingleton(sp =>
        {
            var dataSource = new NpgsqlDataSourceBuilder(connectionString)
                .UseLoggerFactory(sp.GetRequiredService<ILoggerFactory>());
            dataSource.ConnectionStringBuilder.ApplicationName = builder.Environment.ApplicationName;
            return dataSource.Build();
        });
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            connectionName,
            sp => new NpgsqlHealthCheck(sp.GetRequiredService<NpgsqlDataSource>()),
            failureStatus: null,
            tags: null,
            timeout: TimeSpan.FromSeconds(3)));
        return builder;
    }
}
