using GameDay.Messaging;
using GameDay.Orchestrator.Infrastructure;
using GameDay.Orchestrator.Model;

namespace GameDay.Orchestrator.Apis;

/// Run-time limits: the daily-loss-limit drills lower them and restore them afterwards.
internal static partial class LimitsEndpoints
{
    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapGet("/limits", (LimitsState limits, CancellationToken _) => TypedResults.Ok(limits.Current));
        admin.MapPut("/limits", SetAsync);
    }

    private static async Task<Results<Ok<TradingLimits>, ProblemHttpResult>> SetAsync(
        HttpRequest request, LimitsState limits, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var (body, error) = await request.ReadJsonBodyAsync<LimitsRequest>(MessageJson.Options, cancellationToken);
        if (error is not null) return Problems.BadRequest(error);
        if (body?.DailyLossLimit is null && body?.DailyTarget is null)
        {
            return Problems.BadRequest("Give dailyLossLimit and/or dailyTarget, e.g. {\"dailyLossLimit\":5000}.");
        }
        var current = limits.Current;
        var next = new TradingLimits(body.DailyLossLimit ?? current.DailyLossLimit, body.DailyTarget ?? current.DailyTarget);
        if (TradingLimits.Validate(next.DailyLossLimit, next.DailyTarget) is { } problem) return Problems.BadRequest(problem);
        limits.Set(next);
        LogLimitsChanged(loggers.CreateLogger(typeof(LimitsEndpoints)), next.DailyLossLimit, next.DailyTarget,
            request.HttpContext.Connection.RemoteIpAddress?.ToString());
        return TypedResults.Ok(next);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Trading limits changed: daily loss limit {DailyLossLimit}, daily target {DailyTarget} (from {Source})")]
    private static partial void LogLimitsChanged(ILogger logger, decimal dailyLossLimit, decimal dailyTarget, string? source);

    private sealed record LimitsRequest(decimal? DailyLossLimit, decimal? DailyTarget);
}
