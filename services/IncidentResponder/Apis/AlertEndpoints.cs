using GameDay.IncidentResponder.Infrastructure;
using GameDay.IncidentResponder.Model;

namespace GameDay.IncidentResponder.Apis;

/// Alertmanager's webhook receiver and the Watchdog's last sighting.
internal static class AlertEndpoints
{
    public sealed record WatchdogView(DateTimeOffset? LastSeenAt, double? AgeSeconds);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/alerts", ReceiveAsync);
        api.MapGet("/watchdog", (WatchdogMonitor watchdog, TimeProvider time, CancellationToken cancellationToken) =>
            TypedResults.Ok(new WatchdogView(watchdog.LastSeenAt, (time.GetUtcNow() - watchdog.LastSeenAt)?.TotalSeconds)));
    }

    private static async Task<Results<Ok<IntakeResult>, ProblemHttpResult>> ReceiveAsync(
        HttpRequest request, AlertIntake intake, CancellationToken cancellationToken)
    {
        var (webhook, error) = await request.ReadJsonBodyAsync<AlertmanagerWebhook>(ResponderJson.Options, cancellationToken);
        if (error is not null) return Problems.BadRequest(error);
        var errors = WebhookValidator.Validate(webhook);
        if (errors.Count > 0)
        {
            return Problems.BadRequest("Not an Alertmanager webhook (version 4).", new Dictionary<string, object?> { ["errors"] = errors });
        }
        return TypedResults.Ok(await intake.ReceiveAsync(webhook!, cancellationToken));
    }
}
