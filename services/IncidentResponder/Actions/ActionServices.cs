using GameDay.Contracts;
using Microsoft.Extensions.Options;
using GameDay.IncidentResponder.Automation;

namespace GameDay.IncidentResponder.Actions;

public static class ActionServices
{
    /// Every action of the catalogue, and the HttpClients they use (each sends X-Admin-Token; none reaches the chaos
    /// control plane, <see cref="AnswerKeyGuard"/>).
    public static IServiceCollection AddIncidentActions(this IServiceCollection services, IConfiguration configuration)
    {
        var token = configuration["ADMIN_TOKEN"] ?? "";
        AddClient(services, HttpActionClients.Control, token, sp => sp.GetRequiredService<IOptions<AutopilotOptions>>().Value.ControlUrl);
        AddClient(services, HttpActionClients.Orchestrator, token, _ => $"http://{ResourceNames.Orchestrator}");
        AddClient(services, HttpActionClients.ExecutionEngine, token, _ => $"http://{ResourceNames.ExecutionEngine}");
        AddClient(services, HttpActionClients.RiskManager, token, _ => $"http://{ResourceNames.RiskManager}");
        AddClient(services, HttpActionClients.Broker, token, _ => $"http://{ResourceNames.Broker}");
        services.AddHttpClient(HttpActionClients.Prometheus).AddHttpMessageHandler(sp => new AnswerKeyGuard(sp.GetRequiredService<ILogger<AnswerKeyGuard>>()));
        AddClient(services, HttpActionClients.DrillAttribution, token, sp => sp.GetRequiredService<IOptions<AutopilotOptions>>().Value.ControlUrl,
            guarded: false);
        services.AddSingleton(ActionSettings.From(configuration));
        services.AddSingleton<PrometheusClient>();
        services.AddSingleton<EvidenceCollector>();
        services.AddSingleton<HttpActionClients>();
        services.AddSingleton<RedisAccess>();
        services.AddSingleton<ActionRegistry>();

        services.AddSingleton<IIncidentAction, ResourceStatusAction>();
        services.AddSingleton<IIncidentAction, ResourceLogsAction>();
        services.AddSingleton<IIncidentAction, ResourceStartAction>();
        services.AddSingleton<IIncidentAction, ResourceRestartAction>();
        services.AddSingleton<IIncidentAction, RestoreConfigAction>();
        services.AddSingleton<IIncidentAction, RollbackAction>();
        services.AddSingleton<IIncidentAction, ResourceConfigAction>();
        services.AddSingleton<IIncidentAction, ResourceStopAction>();
        services.AddSingleton<IIncidentAction, FailoverPathAction>();
        services.AddSingleton<IIncidentAction, StartAllAction>();
        services.AddSingleton<IIncidentAction, TradingStatusAction>();
        services.AddSingleton<IIncidentAction, TradingHaltAction>();
        services.AddSingleton<IIncidentAction, TradingUnhaltAction>();
        services.AddSingleton<IIncidentAction, EmergencyStopAction>();
        services.AddSingleton<IIncidentAction, PostgresConnectionsAction>();
        services.AddSingleton<IIncidentAction, TerminateIdleAction>();
        services.AddSingleton<IIncidentAction, BlockingQueriesAction>();
        services.AddSingleton<IIncidentAction, TerminateBlockerAction>();
        services.AddSingleton<IIncidentAction, AnalyzeAction>();
        services.AddSingleton<IIncidentAction, InvalidIndexesAction>();
        services.AddSingleton<IIncidentAction, RebuildInvalidIndexesAction>();
        services.AddSingleton<IIncidentAction, RedisInfoAction>();
        services.AddSingleton<IIncidentAction, StreamPendingAction>();
        services.AddSingleton<IIncidentAction, ClaimStuckAction>();
        services.AddSingleton<IIncidentAction, DeadLetterStuckAction>();
        services.AddSingleton<IIncidentAction, StreamDlqAction>();
        services.AddSingleton<IIncidentAction, RequeueDlqAction>();
        services.AddSingleton<IIncidentAction, ReconcileRunAction>();
        services.AddSingleton<IIncidentAction, RecordMissingTradesAction>();
        services.AddSingleton<IIncidentAction, ReconcileLatestAction>();
        services.AddSingleton<IIncidentAction, RiskDecisionsAction>();
        services.AddSingleton<IIncidentAction, VerifyChecklistAction>();
        services.AddSingleton<IIncidentAction, NotifyAction>();
        services.AddSingleton<IIncidentAction, TradingReduceAction>();
        services.AddSingleton<IIncidentAction, VenueStatusAction>();
        services.AddSingleton<IIncidentAction, LatencyHopsAction>();
        services.AddSingleton<IIncidentAction, PositionsSyncAction>();
        services.AddSingleton<IIncidentAction, SecurityEvidenceAction>();
        return services;
    }

    private static void AddClient(IServiceCollection services, string name, string token, Func<IServiceProvider, string?> baseUrl, bool guarded = true)
    {
        var client = services.AddHttpClient(name, (sp, http) =>
        {
            if (baseUrl(sp) is { Length: > 0 } url) http.BaseAddress = new Uri(url.TrimEnd('/') + "/");
            http.DefaultRequestHeaders.Add("X-Admin-Token", token);
            // Who acts, for the control API's action log (what a trainee drill grades a person by).
            http.DefaultRequestHeaders.Add("X-GameDay-Actor", ResourceNames.IncidentResponder);
        });
        if (guarded) client.AddHttpMessageHandler(sp => new AnswerKeyGuard(sp.GetRequiredService<ILogger<AnswerKeyGuard>>()));
    }
}
