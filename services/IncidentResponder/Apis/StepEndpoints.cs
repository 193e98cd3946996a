using GameDay.IncidentResponder.Infrastructure;
using GameDay.IncidentResponder.Automation;

namespace GameDay.IncidentResponder.Apis;

/// The autopilot's steps of an incident, and the approval of a gated (high-risk) step (admin token).
internal static class StepEndpoints
{
    public sealed record ApproveRequest(string? By);

    public sealed record Approved(long IncidentId, string StepId, string By);

    public static void Map(RouteGroupBuilder incidents)
    {
        incidents.MapGet("/{id:long}/steps", ListAsync);
        incidents.MapPost("/{id:long}/steps/{stepId}/approve", ApproveAsync).RequireAdminToken();
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
