using GameDay.Messaging;
using GameDay.Contracts;
using GameDay.Orchestrator.Infrastructure;
using GameDay.Orchestrator.Model;

namespace GameDay.Orchestrator.Apis;

/// Halt, unhalt, reduce and the emergency stop (seed 004), plus the audit trail they leave.
internal static class TradingStateEndpoints
{
    private const string AdminActor = "admin";

    public static void Map(RouteGroupBuilder admin, RouteGroupBuilder emergency)
    {
        var orchestrate = admin.MapGroup("/orchestrate");
        orchestrate.MapPost("/halt", HaltAsync);
        orchestrate.MapPost("/unhalt", UnhaltAsync);
        orchestrate.MapPost("/reduce", ReduceAsync);
        admin.MapGet("/halts", HaltsAsync);
        emergency.MapPost("/stop-trading", EmergencyStopAsync);
    }

    private static async Task<Results<Ok<PnlStatus>, ProblemHttpResult>> HaltAsync(
        HttpContext http, TradingStateStore store, StatusReader status, CancellationToken cancellationToken)
    {
        var (reason, problem) = await ReadReasonAsync(http.Request, cancellationToken);
        if (problem is not null) return problem;
        await store.ApplyAsync(Command(TradingCommand.Halt, http),
            (current, at) => TradingStateMachine.Halt(current, reason!, AdminActor, at), cancellationToken);
        return TypedResults.Ok(await status.ReadAsync(cancellationToken));
    }

    private static async Task<Results<Ok<PnlStatus>, ProblemHttpResult>> ReduceAsync(
        HttpContext http, TradingStateStore store, StatusReader status, CancellationToken cancellationToken)
    {
        var (reason, problem) = await ReadReasonAsync(http.Request, cancellationToken);
        if (problem is not null) return problem;
        var outcome = await store.ApplyAsync(Command(TradingCommand.Reduce, http),
            (current, at) => TradingStateMachine.Reduce(current, reason!, AdminActor, at), cancellationToken);
        return outcome.Kind == TransitionKind.Rejected
            ? Problems.Conflict(outcome.Error!, StateExtensions(outcome.Next))
            : TypedResults.Ok(await status.ReadAsync(cancellationToken));
    }

    private static async Task<Results<Ok<PnlStatus>, ProblemHttpResult>> UnhaltAsync(
        HttpContext http, TradingStateStore store, StatusReader status, CancellationToken cancellationToken)
    {
        var outcome = await store.ApplyAsync(Command(TradingCommand.Unhalt, http),
            (current, at) => TradingStateMachine.Unhalt(current, AdminActor, at), cancellationToken);
        return outcome.Kind == TransitionKind.Rejected
            ? Problems.Conflict(outcome.Error!, StateExtensions(outcome.Next))
            : TypedResults.Ok(await status.ReadAsync(cancellationToken));
    }

    private static async Task<Ok<PnlStatus>> EmergencyStopAsync(
        HttpContext http, TradingStateStore store, StatusReader status, CancellationToken cancellationToken)
    {
        await store.ApplyAsync(Command(TradingCommand.EmergencyStop, http) with { CancelAll = true },
            (current, at) => TradingStateMachine.Halt(current, HaltReasons.Manual, AdminActor, at), cancellationToken);
        return TypedResults.Ok(await status.ReadAsync(cancellationToken));
    }

    private static async Task<Ok<IReadOnlyList<HaltAuditEntry>>> HaltsAsync(
        int? limit, HaltAuditReader audit, CancellationToken cancellationToken) =>
        TypedResults.Ok(await audit.LatestAsync(Math.Clamp(limit ?? 50, 1, 1000), cancellationToken));

    private static async Task<(string? Reason, ProblemHttpResult? Problem)> ReadReasonAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, error) = await request.ReadJsonBodyAsync<ReasonRequest>(MessageJson.Options, cancellationToken);
        if (error is not null) return (null, Problems.BadRequest(error));
        if (HaltReasonParser.TryParse(body?.Reason, out var reason)) return (reason, null);
        var detail = body?.Reason is null
            ? $"A reason is required: {{\"reason\":\"...\"}} with one of {HaltReasonParser.ValidReasonsText}."
            : $"Unknown reason '{body.Reason}'; valid reasons are {HaltReasonParser.ValidReasonsText}.";
        return (null, Problems.BadRequest(detail, new Dictionary<string, object?>
        {
            ["validReasons"] = HaltReasons.All,
            ["aliases"] = new Dictionary<string, string> { [HaltReasonParser.EmergencyStopAlias] = HaltReasons.Manual },
        }));
    }

    private static TradingCommand Command(string action, HttpContext http) =>
        new(action, AdminActor, http.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    private static Dictionary<string, object?> StateExtensions(TradingStatus current) =>
        new() { ["state"] = current.State, ["reason"] = current.Reason };

    private sealed record ReasonRequest(string? Reason);
}
