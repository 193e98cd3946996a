using GameDay.Messaging;
using GameDay.Orchestrator.Infrastructure;

namespace GameDay.Orchestrator.Apis;

public static class OrchestratorApi
{
    public static WebApplication MapOrchestratorApi(this WebApplication app)
    {
        // Constructing the metrics classes registers the gauges; nothing else asks for them.
        app.Services.GetRequiredService<OrchestratorMetrics>();
        app.Services.GetRequiredService<InfraMetrics>();
        // Counters of rare events start at 0 once the metrics pipeline listens, so that increase() sees the first one.
        app.Lifetime.ApplicationStarted.Register(StreamAdmin.StartCounters);

        // Without a token on purpose: the risk manager polls it (a token is accepted and ignored).
        app.MapGroup("/pnl").TranslateOutages()
            .MapGet("/status", async (StatusReader status, CancellationToken cancellationToken) =>
                TypedResults.Ok(await status.ReadAsync(cancellationToken)));

        var admin = app.MapGroup("/admin").RequireAdminToken().TranslateOutages();
        var emergency = app.MapGroup("/emergency").RequireAdminToken().TranslateOutages();
        TradingStateEndpoints.Map(admin, emergency);
        StreamEndpoints.Map(admin);
        LimitsEndpoints.Map(admin);
        return app;
    }
}
