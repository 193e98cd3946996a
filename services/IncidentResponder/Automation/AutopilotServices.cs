using GameDay.IncidentResponder.Actions;
using GameDay.IncidentResponder.Conditions;
using Microsoft.Extensions.Options;

namespace GameDay.IncidentResponder.Automation;

public static class AutopilotServices
{
    /// The autopilot and its steps API. It always runs; <see cref="AutomationMode"/> (Responder:Mode at start,
    /// PUT /api/automation later) decides whether incidents are handed to it.
    public static IHostApplicationBuilder AddAutopilot(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AutopilotOptions>().BindConfiguration("Responder")
            .PostConfigure(o => o.ControlUrl ??= builder.Configuration["GAMEDAY_CONTROL_URL"])
            .Validate(o => o.Validate() is null, "Responder autopilot options are invalid (see AutopilotOptions.Validate).")
            .ValidateOnStart();
        services.AddSingleton<IncidentStepReader>();
        services.AddSingleton<IncidentRunSource>();
        services.AddSingleton<RunbookCatalog>();
        services.AddSingleton<ApprovalGate>();
        services.AddSingleton<StepApprovals>();
        services.AddSingleton<StepReports>();
        services.AddSingleton(sp => new AutomationMode(Options(sp), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<AutomationMode>>()));

        // Without a Redis reference (a topology without it), the Redis actions report that they have no connection.
        // Redis is what the actions act on, not part of the responder's health: it must answer while Redis is down
        // (else ServiceDown pages about the responder itself in every Redis outage).
        if (builder.Configuration.GetConnectionString("redis") is not null) builder.AddServiceRedis("redis", inHealth: false);
        services.AddIncidentActions(builder.Configuration);
        services.AddConditionEvaluation();
        services.AddSingleton(sp => new MitigationRateLimit(Options(sp).MitigationsPerTarget, Options(sp).RateWindow));
        services.AddSingleton(sp => new FixBreaker(Options(sp).BreakerThreshold, Options(sp).BreakerWindow));
        services.AddSingleton<IStepRecorder, PostgresStepRecorder>();
        services.AddSingleton(sp => new RunbookRunner(
            sp.GetRequiredService<ActionRegistry>(), sp.GetRequiredService<IConditionEvaluator>(), sp.GetRequiredService<IStepRecorder>(),
            sp.GetRequiredService<MitigationRateLimit>(), sp.GetRequiredService<FixBreaker>(), sp.GetRequiredService<ApprovalGate>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<Autopilot>();
        services.AddSingleton<IIncidentAutomation>(sp => sp.GetRequiredService<Autopilot>());
        services.AddHostedService<AutopilotWorker>();
        return builder;
    }

    private static AutopilotOptions Options(IServiceProvider sp) => sp.GetRequiredService<IOptions<AutopilotOptions>>().Value;
}
