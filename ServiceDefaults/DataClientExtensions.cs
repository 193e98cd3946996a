using Npgsql;
using StackExchange.Redis;

namespace Microsoft.Extensions.Hosting;

/// The stack's PostgreSQL and Redis clients are Aspire's (Aspire.Npgsql, Aspire.StackExchange.Redis: the connection
/// string from `ConnectionStrings:{name}`, a health check, logging and telemetry), with what GameDay adds:
/// every connection carries the service's name (pg_stat_activity.application_name, which the runbooks count
/// by, and Redis's CLIENT LIST), and Redis commands are not traced: the consumers poll every 50 ms, and a span
/// for each poll would bury the traces of the orders.
public static class DataClientExtensions
{
    /// The service's database, part of its health.
    public static IHostApplicationBuilder AddServiceNpgsql(this IHostApplicationBuilder builder, string connectionName)
    {
        builder.AddNpgsqlDataSource(connectionName, configureDataSourceBuilder: NamedAfter(builder));
        return builder;
    }

    /// A second database, resolved with `[FromKeyedServices(name)]`, outside the service's health (a service
    /// that must answer while that database is down).
    public static IHostApplicationBuilder AddKeyedServiceNpgsql(this IHostApplicationBuilder builder, string connectionName)
    {
        builder.AddKeyedNpgsqlDataSource(connectionName, settings => settings.DisableHealthChecks = true, NamedAfter(builder));
        return builder;
    }

    /// The service's Redis. `inHealth: false` for a service whose health must not depend on it (the incident
    /// responder, which must answer while Redis is down). The multiplexer reconnects by itself, so a service
    /// started while Redis is down becomes healthy when Redis comes back.
    public static IHostApplicationBuilder AddServiceRedis(this IHostApplicationBuilder builder, string connectionName, bool inHealth = true)
    {
        builder.AddRedisClient(connectionName,
            settings =>
            {
                settings.DisableTracing = true;
                settings.DisableHealthChecks = !inHealth;
            },
            options =>
            {
                options.AbortOnConnectFail = false;
                options.ClientName = builder.Environment.ApplicationName;
            });
        return builder;
    }

    private static Action<NpgsqlDataSourceBuilder> NamedAfter(IHostApplicationBuilder builder) =>
        dataSource => dataSource.ConnectionStringBuilder.ApplicationName = builder.Environment.ApplicationName;
}
