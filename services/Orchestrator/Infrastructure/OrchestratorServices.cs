using GameDay.Contracts;
using GameDay.Messaging;
using GameDay.Orchestrator.Model;
using GameDay.Orchestrator.Monitoring;
using GameDay.Messaging.Quotes;

namespace GameDay.Orchestrator.Infrastructure;

public static class OrchestratorServices
{
    public static IHostApplicationBuilder AddOrchestratorServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceNpgsql(ResourceNames.TradingDb);
        builder.AddServiceRedis(ResourceNames.Redis);
        builder.AddStreams(ResourceNames.Orchestrator)
            .SubscribeLatestQuotes()
            .AddSchema(typeof(OrchestratorServices).Assembly, "GameDay.Orchestrator.Schema.sql");

        builder.Services.AddOptions<TradingOptions>().BindConfiguration(TradingOptions.Section)
            .Validate(o => TradingLimits.Validate(o.DailyLossLimit, o.DailyTarget) is null, "Trading:DailyLossLimit and Trading:DailyTarget must be positive.")
            .Validate(o => o.MonitorInterval > TimeSpan.Zero, "Trading:MonitorInterval must be positive.")
            .ValidateOnStart();

        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton<LimitsState>();
        builder.Services.AddSingleton<StatusSnapshot>();
        builder.Services.AddSingleton<OrchestratorMetrics>();
        builder.Services.AddSingleton<TradingStateStore>();
        builder.Services.AddSingleton<PositionReader>();
        builder.Services.AddSingleton<HaltAuditReader>();
        builder.Services.AddSingleton<StatusReader>();
        builder.Services.AddHostedService<PnlMonitor>();
        return builder.AddInfraSampling();
    }

    // The shared-infrastructure view of the metrics contract: sampled in the background, read by the gauges.
    private static IHostApplicationBuilder AddInfraSampling(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<InfraSamplerOptions>().BindConfiguration(InfraSamplerOptions.Section)
            .Validate(o => o.Interval > TimeSpan.Zero && o.Timeout > TimeSpan.Zero, "InfraSampler:Interval and InfraSampler:Timeout must be positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton<InfraState>();
        builder.Services.AddSingleton<InfraMetrics>();
        builder.Services.AddSingleton<IInfraProbe<RedisSample>, RedisProbe>();
        builder.Services.AddSingleton<IInfraProbe<PostgresSample>, PostgresProbe>();
        builder.Services.AddHostedService<InfraSampler>();
        return builder;
    }
}
