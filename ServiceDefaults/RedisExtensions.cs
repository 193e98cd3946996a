using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Microsoft.Extensions.Hosting;

/// What Aspire.StackExchange.Redis's `AddRedisClient` does: one multiplexer from
/// `ConnectionStrings:{name}` and a health check. The multiplexer reconnects by itself, so a
/// service started while Redis is down becomes healthy when Redis comes back.
public static class RedisExtensions
{
    /// <paramref name="disableHealthChecks"/> is Aspire's `StackExchangeRedisSettings.DisableHealthChecks`: for a
    /// service whose health must not depend on Redis (the incident responder, which must answer while Redis is down).
    public static IHostApplicationBuilder AddRedisClient(this IHostApplicationBuilder builder, string connectionName, bool disableHealthChecks = false)
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException(
                $"ConnectionStrings:{connectionName} is missing; the AppHost injects it as ConnectionStrings__{connectionName}.");

        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        options.ClientName = builder.Environment.ApplicationName;
        builder.Services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options));
        if (disableHealthChecks) return builder;
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            connectionName,
            sp => new RedisHealthCheck(sp.GetRequiredService<IConnectionMultiplexer>()),
            failureStatus: null,
            tags: null,
            timeout: TimeSpan.FromSeconds(3)));
        return builder;
    }
}
