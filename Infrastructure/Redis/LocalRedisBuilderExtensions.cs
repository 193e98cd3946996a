using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using GameDay.Infrastructure.Proxies;
using Modes = GameDay.Hosting.Runtime.Modes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace GameDay.Infrastructure.Redis;

public static class LocalRedisBuilderExtensions
{
    /// Redis with every write in its append-only file before it answers (appendfsync always), so that a restart loses
    /// no stream entry. `port` is the public port (its fault proxy's); null takes a free one.
    public static IResourceBuilder<LocalRedisResource> AddLocalRedis(this IDistributedApplicationBuilder builder, string name,
        string dataDirectory, IResourceBuilder<ParameterResource>? password = null, int? port = null)
    {
        var passwordParameter = password?.Resource
            ?? ParameterResourceBuilderExtensions.CreateDefaultPasswordParameter(builder, $"{name}-password", special: false);
        var redis = new LocalRedisResource(name, Path.GetFullPath(dataDirectory), passwordParameter);

        // The password goes in a private file rather than on the command line, where `ps` shows it; written before every
        // start, so a changed password takes effect.
        builder.Eventing.Subscribe<BeforeResourceStartedEvent>(redis, async (_, ct) =>
        {
            Directory.CreateDirectory(redis.DataDirectory);
            Modes.WritePrivate(redis.ConfigFile, $"requirepass {await passwordParameter.GetValueAsync(ct)}\n");
        });

        var healthCheck = $"{name}_check";
        builder.Services.AddHealthChecks().AddAsyncCheck(healthCheck, ct => PingAsync(redis, ct));
        return builder.AddResource(redis)
            .WithProxiedEndpoint(LocalRedisResource.EndpointName, "tcp", port)
            .WithArgs(context =>
            {
                foreach (var arg in new[] { redis.ConfigFile, "--bind", "127.0.0.1", "--protected-mode", "yes", "--appendonly", "yes", "--appendfsync", "always", "--save", "", "--dir", redis.DataDirectory, "--port" })
                {
                    context.Args.Add(arg);
                }
                context.Args.Add(redis.Target.Property(EndpointProperty.TargetPort));
            })
            .WithIconName("Memory")
            .WithHealthCheck(healthCheck);
    }

    private static async Task<HealthCheckResult> PingAsync(LocalRedisResource redis, CancellationToken ct)
    {
        try
        {
            // The server itself, not through its proxy: a network fault is not a dead server.
            var options = ConfigurationOptions.Parse(
                $"127.0.0.1:{await redis.Target.Property(EndpointProperty.TargetPort).GetValueAsync(ct)},password={await redis.Password.GetValueAsync(ct)}");
            options.AbortOnConnectFail = true;
            options.ConnectTimeout = 3000;
            await using var connection = await ConnectionMultiplexer.ConnectAsync(options);
            await connection.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is RedisException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy(e.Message);
        }
    }
}
