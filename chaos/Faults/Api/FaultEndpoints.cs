using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace GameDay.Chaos;

/// The fault routes of the AppHost's control API (behind its admin token, like every control route).
internal static class FaultEndpoints
{
    public sealed record KindView(string Name, string Layer, string Description, bool NeedsTarget, IReadOnlyList<string> Required, IReadOnlyList<string> Optional);

    public static void Map(RouteGroupBuilder api, FaultEngine engine)
    {
        var faults = api.MapGroup("/faults");
        faults.MapGet("/", (bool? active) => TypedResults.Ok(engine.List(active ?? false)));
        faults.MapGet("/kinds", () => TypedResults.Ok(engine.Catalog.Kinds.Select(k => new KindView(k.Name, k.Layer, k.Description, k.NeedsTarget, k.Required, k.Optional))));
        faults.MapGet("/{id}", Results<Ok<FaultView>, ProblemHttpResult> (string id) =>
            engine.Find(id) is { } view ? TypedResults.Ok(view) : NotFound(id));
        faults.MapPost("/", (FaultRequest? body, CancellationToken ct) => InjectAsync(body, engine, ct));
        faults.MapDelete("/{id}", async Task<Results<Ok<FaultView>, ProblemHttpResult>> (string id, CancellationToken ct) =>
            await engine.RevertAsync(id, "reverted on request", ct) is { } view ? TypedResults.Ok(view) : NotFound(id));
        // Heal: every fault (or one run's, ?runId=) reverted; failed reverts are retried.
        faults.MapPost("/heal", async (string? runId, CancellationToken ct) => TypedResults.Ok(await engine.HealAsync("heal", runId, ct)));
    }

    private static async Task<Results<Created<FaultView>, ProblemHttpResult>> InjectAsync(FaultRequest? body, FaultEngine engine, CancellationToken ct)
    {
        if (body?.Kind is null) return BadRequest("A fault needs a kind: {\"kind\": \"process.kill\", \"target\": \"execution-engine\", \"duration\": \"60s\"}.");
        if (!FaultParameters.TryDuration(body.Duration, out var duration)) return BadRequest($"duration must be like 500ms, 30s or 2m, not '{body.Duration}'.");
        try
        {
            var view = await engine.InjectAsync(new FaultSpec(body.Kind, body.Target, body.With ?? [], duration, body.RunId), ct);
            return TypedResults.Created($"/api/faults/{view.Id}", view);
        }
        catch (FaultValidationException e)
        {
            return BadRequest(e.Message);
        }
    }

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(title: "Fault refused", detail: detail, statusCode: StatusCodes.Status400BadRequest);

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(title: "Unknown fault", detail: $"No fault '{id}'.", statusCode: StatusCodes.Status404NotFound);
}
