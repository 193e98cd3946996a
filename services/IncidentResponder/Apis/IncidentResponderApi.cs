using GameDay.IncidentResponder.Infrastructure;

namespace GameDay.IncidentResponder.Apis;

public static class IncidentResponderApi
{
    public static WebApplication MapIncidentResponderApi(this WebApplication app)
    {
        // Constructing the metrics registers the gauges; nothing else asks for them before the first incident.
        app.Services.GetRequiredService<ResponderMetrics>();

        var api = app.MapGroup("/api");
        AlertEndpoints.Map(api);
        AutomationEndpoints.Map(api);
        var incidents = api.MapGroup("/incidents");
        IncidentEndpoints.Map(incidents);
        OperatorEndpoints.Map(incidents);
        StepEndpoints.Map(incidents);
        return app;
    }
}
