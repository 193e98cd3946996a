using GameDay.Contracts;
using GameDay.IncidentResponder.Actions;
using GameDay.IncidentResponder.Automation;
using GameDay.IncidentResponder.Model;
using GameDay.Messaging;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GameDay.IncidentResponder.Infrastructure;

public static class IncidentResponderServices
{
    public static IHostApplicationBuilder AddIncidentResponderServices(this IHostApplicationBuilder builder)
    {
        // Incidents live in the responder's own database; the trading database is what its actions act on, keyed,
        // and not part of its health: the responder must answer while the trading database is down.
        builder.AddServiceNpgsql(ResourceNames.ResponderDb);
        builder.AddKeyedServiceNpgsql(ResourceNames.TradingDb);
        // Messaging's migrator (no streams needed): it applies our script under the shared advisory lock.
        builder.Services.AddSingleton<SchemaReady>();
        builder.Services.AddSingleton(SchemaScript.FromResource(typeof(IncidentResponderServices).Assembly, "GameDay.IncidentResponder.Schema.sql"));
        builder.Services.AddHostedService<SchemaMigrator>();

        builder.Services.AddOptions<ResponderOptions>().BindConfiguration(ResponderOptions.Section)
            .Validate(o => o.Validate() is null, "Responder options are invalid (see ResponderOptions.Validate).")
            .ValidateOnStart();
        // The classification's context (P&L, the venue's public status) is evidence too: never the answer key.
        builder.Services.AddHttpClient(TradingContextClient.Orchestrator, (sp, http) =>
            http.BaseAddress = new Uri(sp.GetRequiredService<IOptions<ResponderOptions>>().Value.OrchestratorUrl))
            .AddHttpMessageHandler(sp => new AnswerKeyGuard(sp.GetRequiredService<ILogger<AnswerKeyGuard>>()));
        builder.Services.AddHttpClient(TradingContextClient.Broker, (sp, http) =>
            http.BaseAddress = new Uri(sp.GetRequiredService<IOptions<ResponderOptions>>().Value.BrokerUrl))
            .AddHttpMessageHandler(sp => new AnswerKeyGuard(sp.GetRequiredService<ILogger<AnswerKeyGuard>>()));

        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(json => ResponderJson.Configure(json.SerializerOptions));
        builder.Services.AddSingleton(sp => new Classifier(sp.GetRequiredService<IOptions<ResponderOptions>>().Value.Classifier()));
        builder.Services.AddSingleton(sp => new EscalationPolicy(sp.GetRequiredService<IOptions<ResponderOptions>>().Value.Escalation()));
        builder.Services.AddSingleton<WatchdogMonitor>();
        builder.Services.AddSingleton<ResponderMetrics>();
        builder.Services.AddSingleton<TradingContextClient>();
        builder.Services.AddSingleton<IncidentPaging>();
        builder.Services.AddSingleton<IncidentLifecycle>();
        builder.Services.AddSingleton<IncidentOpener>();
        builder.Services.AddSingleton<FaultAttribution>();
        builder.Services.AddSingleton<AlertIntake>();
        builder.Services.AddSingleton<IncidentOperations>();
        builder.Services.AddSingleton<IncidentReader>();
        // The autopilot; with its mode off (the default) incidents are only recorded.
        builder.AddAutopilot();
        builder.Services.AddSingleton<AutomationDispatcher>();
        builder.Services.AddHostedService<ResponderLoop>();
        return builder;
    }
}
