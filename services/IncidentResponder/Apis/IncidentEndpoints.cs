using System.Text.Json;
using GameDay.IncidentResponder.Infrastructure;
using GameDay.IncidentResponder.Model;

namespace GameDay.IncidentResponder.Apis;

/// Read routes: list, one incident with its alerts, its timeline, its post-mortem.
internal static class IncidentEndpoints
{
    private const int DefaultLimit = 50;
    private const int MaxLimit = 500;

    public sealed record IncidentDetail(Incident Incident, IReadOnlyList<IncidentAlert> Alerts);

    public static void Map(RouteGroupBuilder incidents)
    {
        incidents.MapGet("/", ListAsync);
        incidents.MapGet("/{id:long}", GetAsync);
        incidents.MapGet("/{id:long}/timeline", TimelineAsync);
        incidents.MapGet("/{id:long}/postmortem", PostmortemAsync);
    }

    private static async Task<Results<Ok<IReadOnlyList<Incident>>, ProblemHttpResult>> ListAsync(
        IncidentReader reader, string? state, int? limit, CancellationToken cancellationToken)
    {
        if (state is not null && !IncidentStates.IsKnown(state))
        {
            return Problems.BadRequest($"Unknown state '{state}'; states are {string.Join(", ", IncidentStates.All)}.");
        }
        if (limit is < 1 or > MaxLimit) return Problems.BadRequest($"limit must be between 1 and {MaxLimit}.");
        return TypedResults.Ok(await reader.ListAsync(state, limit ?? DefaultLimit, cancellationToken));
    }

    private static async Task<Results<Ok<IncidentDetail>, ProblemHttpResult>> GetAsync(long id, IncidentReader reader, CancellationToken cancellationToken) =>
        await reader.GetAsync(id, cancellationToken) is { } found
            ? TypedResults.Ok(new IncidentDetail(found.Incident, found.Alerts))
            : Problems.NotFound($"No incident {id}.");

    private static async Task<Results<Ok<IReadOnlyList<TimelineEvent>>, ProblemHttpResult>> TimelineAsync(
        long id, IncidentReader reader, CancellationToken cancellationToken) =>
        await reader.TimelineAsync(id, cancellationToken) is { } timeline ? TypedResults.Ok(timeline) : Problems.NotFound($"No incident {id}.");

    // Markdown for `Accept: text/markdown` (people, `./gameday incidents`), JSON otherwise.
    private static async Task<Results<ContentHttpResult, Ok<JsonElement>, ProblemHttpResult>> PostmortemAsync(
        long id, HttpRequest request, IncidentReader reader, CancellationToken cancellationToken)
    {
        var (found, markdown, json) = await reader.PostmortemAsync(id, cancellationToken);
        if (!found) return Problems.NotFound($"No incident {id}.");
        if (markdown is null || json is null) return Problems.NotFound($"Incident {id} has no post-mortem yet: it is written when the incident resolves.");
        var wantsMarkdown = request.Headers.Accept.Any(a => a?.Contains("text/markdown", StringComparison.OrdinalIgnoreCase) == true);
        return wantsMarkdown ? TypedResults.Text(markdown, "text/markdown; charset=utf-8") : TypedResults.Ok(json.Value);
    }
}
