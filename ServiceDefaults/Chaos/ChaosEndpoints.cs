using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GameDay.ServiceDefaults.Chaos;

/// `/admin/chaos`: read, set and clear each scope's chaos at run time (X-Admin-Token). Clearing is
/// idempotent, so a fault's revert can be repeated safely.
public static partial class ChaosEndpoints
{
    // Unknown fields are refused: a typo like "latency" must not silently inject nothing.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static IEndpointRouteBuilder MapChaosEndpoints(this IEndpointRouteBuilder app)
    {
        var chaos = app.MapGroup("/admin/chaos").RequireAdminToken();
        chaos.MapGet("/", (ChaosState state, TimeProvider time) =>
            TypedResults.Ok(ChaosScopes.All.Select(s => ChaosScopeView.Of(s, state.Get(s), time.GetUtcNow())).ToList()));
        chaos.MapPut("/pressure", PutPressureAsync);
        chaos.MapDelete("/pressure", (ResourcePressure pressure, ILoggerFactory logs) =>
        {
            var wasActive = pressure.Clear();
            LogPressureCleared(Logger(logs), wasActive);
            return TypedResults.Ok(new ChaosCleared(wasActive ? ["pressure"] : []));
        });
        chaos.MapPut("/{scope}", PutAsync);
        chaos.MapDelete("/{scope}", Results<Ok<ChaosCleared>, ProblemHttpResult> (string scope, ChaosState state, ILoggerFactory logs) =>
        {
            if (!ChaosScopes.IsKnown(scope)) return UnknownScope(scope);
            var cleared = state.Clear(scope) ? new[] { scope } : [];
            LogCleared(Logger(logs), scope, cleared.Length > 0);
            return TypedResults.Ok(new ChaosCleared(cleared));
        });
        chaos.MapDelete("/", (ChaosState state, ResourcePressure pressure, ILoggerFactory logs) =>
        {
            IReadOnlyList<string> cleared = pressure.Clear() ? [.. state.ClearAll(), "pressure"] : state.ClearAll();
            LogClearedAll(Logger(logs), string.Join(", ", cleared));
            return TypedResults.Ok(new ChaosCleared(cleared));
        });
        return app;
    }

    private static async Task<Results<Ok<ChaosScopeView>, ValidationProblem, ProblemHttpResult>> PutAsync(
        string scope, HttpRequest request, ChaosState state, TimeProvider time, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        if (!ChaosScopes.IsKnown(scope)) return UnknownScope(scope);
        var (body, error) = await request.ReadJsonBodyAsync<ChaosRequest>(Json, cancellationToken);
        if (error is not null) return Invalid("body", error);
        if (body is null) return Invalid("body", "is required, like {\"latencyMs\":800,\"faultRate\":0.2,\"durationSeconds\":300}");
        if (body.Check() is var (field, problem)) return Invalid(field, $"{field} {problem}.");
        var now = time.GetUtcNow();
        var setting = body.ToSetting(now);
        state.Set(scope, setting);
        LogSet(Logger(logs), scope, setting.Latency.TotalMilliseconds, setting.InjectionRate, setting.FaultRate,
            body.DurationSeconds ?? 0, setting.RunId ?? "-", setting.FaultId ?? "-");
        return TypedResults.Ok(ChaosScopeView.Of(scope, setting, now));
    }

    private static async Task<Results<Ok<PressureSetting>, ValidationProblem>> PutPressureAsync(
        HttpRequest request, ResourcePressure pressure, TimeProvider time, ILoggerFactory logs, CancellationToken cancellationToken)
    {
        var (body, error) = await request.ReadJsonBodyAsync<PressureRequest>(Json, cancellationToken);
        if (error is not null) return Invalid("body", error);
        if (body is null) return Invalid("body", "is required, like {\"leakMbPerSecond\":2,\"cpuCores\":1,\"durationSeconds\":300}");
        if (body.Check() is var (field, problem)) return Invalid(field, $"{field} {problem}.");
        var setting = body.ToSetting(time.GetUtcNow());
        pressure.Set(setting);
        LogPressureSet(Logger(logs), setting.LeakMbPerSecond, setting.LeakCapMb, setting.CpuCores, body.DurationSeconds ?? 0,
            setting.RunId ?? "-", setting.FaultId ?? "-");
        return TypedResults.Ok(setting);
    }

    private static ValidationProblem Invalid(string field, string problem) => TypedResults.ValidationProblem(
        new Dictionary<string, string[]> { [field] = [problem] }, detail: problem, title: "Chaos setting refused");

    private static ProblemHttpResult UnknownScope(string scope) => TypedResults.Problem(
        title: "Unknown chaos scope", detail: $"No scope '{scope}' (scopes: {string.Join(", ", ChaosScopes.All)}).",
        statusCode: StatusCodes.Status404NotFound);

    private static ILogger Logger(ILoggerFactory logs) => logs.CreateLogger("GameDay.Chaos");

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Chaos on in {Scope}: latency {LatencyMs} ms on {InjectionRate:P0}, faults on {FaultRate:P0}, for {DurationSeconds} s (run {RunId}, fault {FaultId})")]
    private static partial void LogSet(ILogger logger, string scope, double latencyMs, double injectionRate, double faultRate,
        double durationSeconds, string runId, string faultId);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Resource pressure on: leaking {LeakMbPerSecond} MB/s up to {LeakCapMb} MB, burning {CpuCores} cores, for {DurationSeconds} s (run {RunId}, fault {FaultId})")]
    private static partial void LogPressureSet(ILogger logger, double leakMbPerSecond, int leakCapMb, int cpuCores, double durationSeconds, string runId, string faultId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Resource pressure off, leaked memory released (was active: {WasActive})")]
    private static partial void LogPressureCleared(ILogger logger, bool wasActive);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chaos off in {Scope} (was active: {WasActive})")]
    private static partial void LogCleared(ILogger logger, string scope, bool wasActive);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chaos off in every scope (was active: {Scopes})")]
    private static partial void LogClearedAll(ILogger logger, string scopes);
}
