using GameDay.Contracts;
using GameDay.ExecutionEngine.Infrastructure;
using GameDay.ExecutionEngine.Model;
using GameDay.ExecutionEngine.Streams;
using GameDay.ExecutionEngine.Workers;
using GameDay.Messaging;

namespace GameDay.ExecutionEngine;

public static class ExecutionEngineServiceExtensions
{
    public static IHostApplicationBuilder AddExecutionEngineServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceNpgsql(ResourceNames.TradingDb);
        builder.AddServiceRedis(ResourceNames.Redis);
        var services = builder.Services;
        services.AddOptions<ExecutionOptions>().BindConfiguration(ExecutionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<VenueOptions>().BindConfiguration(VenueOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.AddSingleton<VenueSession>().AddSingleton<VenueCircuit>().AddSingleton<VenueGate>().AddSingleton<VenueRouter>();
        services.AddSingleton<TradingStateCache>().AddSingleton<OrderStore>().AddSingleton<OrderQueries>();
        services.AddSingleton<RiskApprovals>().AddSingleton<VenueOrderSync>().AddSingleton<TradeRecorder>();
        services.AddSingleton<OrderSender>().AddSingleton<CancelAllService>().AddSingleton<ReconciliationService>();
        services.AddSingleton<MissingTradeRecovery>();

#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is marked experimental; it is the documented opt-out.
        services.AddHttpClient<VenueClient>(c => c.BaseAddress = new("http://" + ResourceNames.Broker))
            .RemoveAllResilienceHandlers().AddVenueResilience();
        services.AddHttpClient(TradingStatePoller.ClientName, c =>
        {
            c.BaseAddress = new("http://" + ResourceNames.Orchestrator);
            c.Timeout = TimeSpan.FromSeconds(2);
        }).RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001

        services.AddHostedService<VenueLogin>().AddHostedService<VenueStatusPoller>().AddHostedService<TradingStatePoller>();
        services.AddHostedService<OrderSubmitter>().AddHostedService<SubmissionResolver>().AddHostedService<CancelResolver>();
        services.AddHostedService<FillPoller>();
        services.AddHostedService<OrderStatusPoller>().AddHostedService<Reconciler>();

        builder.AddStreams(ResourceNames.ExecutionEngine)
            .Subscribe<OrderApprovedHandler>(StreamNames.OrdersApproved)
            .Subscribe<OrchestratorCommandsHandler>(StreamNames.OrchestratorCommands, useInbox: false, startFromBeginning: false)
            .AddSchema(typeof(ExecutionEngineServiceExtensions).Assembly, "GameDay.ExecutionEngine.Schema.sql");
        return builder;
    }
}
