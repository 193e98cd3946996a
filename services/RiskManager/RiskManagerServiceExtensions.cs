using GameDay.Contracts;
using GameDay.Messaging;
using GameDay.RiskManager.Infrastructure;
using GameDay.RiskManager.Model;
using GameDay.Messaging.Quotes;
using GameDay.RiskManager.Streams;

namespace GameDay.RiskManager;

public static class RiskManagerServiceExtensions
{
    public static IHostApplicationBuilder AddRiskManagerServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceNpgsql(ResourceNames.TradingDb);
        builder.AddServiceRedis(ResourceNames.Redis);
        builder.Services.AddOptions<RiskOptions>().BindConfiguration(RiskOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();

        var services = builder.Services;
        services.AddSingleton<LimitsStore>();
        services.AddSingleton<RiskEvaluator>();
        services.AddSingleton<RiskRepository>();
        services.AddSingleton<DecisionQueries>();
        // Short and without retries: a slow orchestrator must turn into a quick denial, not a stalled stream.
#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is marked experimental; it is the documented opt-out.
        services.AddHttpClient<TradingStatusClient>(c =>
        {
            c.BaseAddress = new Uri("http://" + ResourceNames.Orchestrator);
            c.Timeout = TimeSpan.FromSeconds(1);
        }).RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001

        builder.AddStreams(ResourceNames.RiskManager)
            .Subscribe<SignalHandler>(StreamNames.Signals)
            .SubscribeLatestQuotes()
            .AddSchema(typeof(RiskManagerServiceExtensions).Assembly, "GameDay.RiskManager.Schema.sql");
        return builder;
    }
}
