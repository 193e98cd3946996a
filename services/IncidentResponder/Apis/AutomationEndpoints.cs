using GameDay.IncidentResponder.Automation;
using GameDay.IncidentResponder.Infrastructure;

namespace GameDay.IncidentResponder.Apis;

/// The automation mode: read by anyone, changed with the admin token (a drill switches the autopilot
/// on for its run; `{"mode": "off"}` leaves incidents to people).
internal static class AutomationEndpoints
{
    public sealed record ModeRequest(string? Mode, bool? DryRun, string? By);

    public sealed record ModeView(string Mode, bool DryRun, IReadOnlyList<string> Modes, DateTimeOffset? ChangedAt);

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/automation", (AutomationMode mode) => TypedResults.Ok(View(mode)));
        api.MapPut("/automation", SetAsync).RequireAdminToken();
    }

    private static async Task<Results<Ok<ModeView>, ProblemHttpResult>> SetAsync(
        HttpRequest request, AutomationMode mode, CancellationToken cancellationToken)
    {
        var (body, error) = await request.ReadJsonBodyAsync<ModeRequest>(ResponderJson.Options, cancellationToken);
        if (error is not null) return Problems.BadRequest(error);
        if (AutopilotOptions.ValidateMode(body?.Mode) is { } invalid)
        {
            return Problems.BadRequest($"{invalid} Send {{\"mode\": \"autopilot\", \"dryRun\": false}}.");
        }
        mode.Set(body!.Mode!, body.DryRun ?? false, string.IsNullOrWhiteSpace(body.By) ? "operator" : body.By.Trim());
        return TypedResults.Ok(View(mode));
    }

    private static ModeView View(AutomationMode mode) =>
        new(mode.Current.Mode, mode.Current.DryRun, AutopilotOptions.Modes, mode.ChangedAt);
}
