using GameDay.ServiceDefaults.Chaos;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Polly;

namespace Microsoft.Extensions.DependencyInjection;

/// Registers the chaos state, its gauge and one pipeline per scope (`chaos-http`, `chaos-db`,
/// `chaos-redis`, `chaos-processing`), the `http` scope on HTTP clients, and the resource pressure (leak, burn).
public static class ChaosServiceCollectionExtensions
{
    public const string HttpHandlerName = "chaos";

    public static IServiceCollection AddChaosPipelines(this IServiceCollection services, int seed)
    {
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new ChaosState(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new ResourcePressure(sp.GetRequiredService<TimeProvider>()));
        services.AddHostedService<PressureWorker>();
        services.TryAddSingleton<ChaosMetrics>();
        services.TryAddSingleton(new ChaosSeed(seed));
        foreach (var scope in ChaosScopes.All)
        {
            services.AddResiliencePipeline(ChaosPipelines.Key(scope), (pipeline, context) =>
            {
                pipeline.TimeProvider = context.ServiceProvider.GetRequiredService<TimeProvider>();
                pipeline.AddChaos(context.ServiceProvider.GetRequiredService<ChaosState>(), scope, seed);
            });
        }
        return services;
    }

    /// The `http` scope's chaos as the client's innermost resilience handler (after the standard one).
    /// A client that calls `RemoveAllResilienceHandlers()` loses it too: add it again after its own pipeline.
    public static IHttpClientBuilder AddChaosHandler(this IHttpClientBuilder http)
    {
        http.AddResilienceHandler(HttpHandlerName, (pipeline, context) =>
        {
            var services = context.ServiceProvider;
            pipeline.TimeProvider = services.GetRequiredService<TimeProvider>();
            pipeline.AddChaos(services.GetRequiredService<ChaosState>(), ChaosScopes.Http, services.GetRequiredService<ChaosSeed>().Value);
        });
        return http;
    }
}

/// The run's seed (`Market:Seed`), for pipelines built after registration (one per HTTP client).
internal sealed record ChaosSeed(int Value);
