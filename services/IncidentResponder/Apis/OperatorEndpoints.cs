using GameDay.IncidentResponder.Infrastructure;
using GameDay.IncidentResponder.Model;

namespace GameDay.IncidentResponder.Apis;

/// Operator actions (admin token): acknowledge, change state, add a note, close.
internal static class OperatorEndpoints
{
    public sealed record AcknowledgeRequest(string? By);

    public sealed record StateRequest(string? State, string? Note);

    public sealed record NoteRequest(string? Text, string? By);

    public static void Map(RouteGroupBuilder incidents)
    {
        var admin = incidents.MapGroup("/{id:long}").RequireAdminToken();
        admin.MapPost("/acknowledge", AcknowledgeAsync);
        admin.MapPost("/state", StateAsync);
        admin.MapPost("/notes", NoteAsync);
        admin.MapPost("/close", (long id, IncidentOperations operations, CancellationToken cancellationToken) =>
            Answer(id, operations.CloseAsync(id, cancellationToken)));
    }

    private static async Task<Results<Ok<Incident>, ProblemHttpResult>> AcknowledgeAsync(
        long id, HttpRequest request, IncidentOperations operations, CancellationToken cancellationToken)
    {
        var (body, error) = await request.ReadJsonBodyAsync<AcknowledgeRequest>(ResponderJson.Options, cancellationToken);
        if (error is not null) return Problems.BadRequest(error);
        if (string.IsNullOrWhiteSpace(body?.By)) return Problems.BadRequest("Say who acknowledges: {\"by\": \"name\"}.");
        return await Answer(id, operations.AcknowledgeAsync(id, body.By.Trim(), cancellationToken));
    }

    private static async Task<Results<Ok<Incident>, ProblemHttpResult>> StateAsync(
        long id, HttpRequest request, IncidentOperations operations, CancellationToken cancellationToken)
    {
        var (body, error) = await request.ReadJsonBodyAsync<StateRequest>(ResponderJson.Options, cancellationToken);
        if (error is not null) return Problems.BadRequest(error);
        if (!IncidentStates.IsKnown(body?.State))
        {
            return Problems.BadRequest($"state must be one of {string.Join(", ", IncidentStates.All)}: {{\"state\": \"mitigating\", \"note\": \"...\"}}.");
        }
        return await Answer(id, operations.MoveAsync(id, body!.State!, body.Note, cancellationToken));
    }

    private static async Task<Results<Ok<Incident>, ProblemHttpResult>> NoteAsync(
        long id, HttpRequest request, IncidentOperations operations, CancellationToken cancellationToken)
    {
        var (body, error) = await request.ReadJsonBodyAsync<NoteRequest>(ResponderJson.Options, cancellationToken);
        if (error is not null) return Problems.BadRequest(error);
        if (string.IsNullOrWhiteSpace(body?.Text)) return Problems.BadRequest("A note needs text: {\"text\": \"...\", \"by\": \"name\"}.");
        return await Answer(id, operations.NoteAsync(id, body.Text.Trim(), body.By ?? "operator", cancellationToken));
    }

    private static async Task<Results<Ok<Incident>, ProblemHttpResult>> Answer(long id, Task<OperatorOutcome> pending)
    {
        var outcome = await pending;
        if (outcome.NotFound) return Problems.NotFound($"No incident {id}.");
        return outcome.Incident is { } incident ? TypedResults.Ok(incident) : Problems.Conflict(outcome.Conflict!);
    }
}
