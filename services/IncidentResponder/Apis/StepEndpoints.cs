using GameDay.IncidentResponder.Infrastructure;
using GameDay.IncidentResponder.Automation;

namespace GameDay.IncidentResponder.Apis;

/// The runbook steps of an incident, the approval of a gated (high-risk) step, and a trainee's report of a step done (admin token).
internal static class StepEndpoints
{
    public sealed record ApproveRequest(string? By);

    public sealed record Approved(long IncidentId, string StepId, string By);

    public static void Map(RouteGroupBuilder incidents)
    {
        incidents.MapGet("/{id:long}/steps", ListAsync);
        incidents.MapPost("/{id:long}/steps/{stepId}/approve", ApproveAsync).RequireAdminToken();
        incidents.MapPost("/{id:long}/steps/{stepId}/done", DoneAsync).RequireAdminToken();
    }

    public sealed record DoneRequest(string? By, string? Note);

    public sealed record Reported(long IncidentId, string StepId, string By);

    /// Trainee mode: the person on call reports a step done (what they did, in their words).
    private static async Task<Results<Ok<Reported>, ProblemHttpResult>> DoneAsync(
        long id, string stepId, HttpRequest request, StepReports reports, CancellationToken cancellationToken)
    {
        var (body, error) = await request.ReadJsonBodyAsync<DoneRequest>(ResponderJson.Options, cancellationToken);
        if (error is not null) return Problems.BadRequest(error);
        if (string.IsNullOrWhiteSpace(body?.By)) return Problems.BadRequest("Say who did it: {\"by\": \"name\", \"note\": \"what was done\"}.");
        var outcome = await reports.ReportAsync(id, stepId, body.By.Trim(), body.Note, cancellationToken);
        if (outcome.NotFound) return Problems.NotFound($"No incident {id}.");
        return outcome.Conflict is { } conflict ? Problems.Conflict(conflict) : TypedResults.Ok(new Reported(id, stepId, body.By.Trim()));
    }

    private static async Task<Results<Ok<IReadOnlyList<IncidentStepReader.StepView>>, ProblemHttpResult>> ListAsync(
        long id, IncidentStepReader reader, CancellationToken cancellationToken) =>
        await reader.ListAsync(id, cancellationToken) is { } steps ? TypedResults.Ok(steps) : Problems.NotFound($"No incident {id}.");

    private static async Task<Results<Ok<Approved>, ProblemHttpResult>> ApproveAsync(
        long id, string stepId, HttpRequest request, StepApprovals approvals, CancellationToken cancellationToken)
    {
        var (body, error) = await request.ReadJsonBodyAsync<ApproveRequest>(ResponderJson.Options, cancellationToken);
        if (error is not null) return Problems.BadRequest(error);
        if (string.IsNullOrWhiteSpace(body?.By)) return Problems.BadRequest("Say who approves: {\"by\": \"name\"}.");
        var outcome = await approvals.ApproveAsync(id, stepId, body.By.Trim(), cancellationToken);
        if (outcome.NotFound) return Problems.NotFound($"No incident {id}.");
        return outcome.Conflict is { } conflict ? Problems.Conflict(conflict) : TypedResults.Ok(new Approved(id, stepId, body.By.Trim()));
    }
}
