using GameDay.Messaging.Quotes;
using GameDay.RiskManager.Infrastructure;
using GameDay.RiskManager.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GameDay.RiskManager.Apis;

public static partial class RiskApi
{
    public static WebApplication MapRiskManagerApi(this WebApplication app)
    {
        app.MapGet("/limits", (LimitsStore store, CancellationToken cancellationToken) => TypedResults.Ok(LimitsView.From(store.Current)));
        app.MapPut("/admin/limits", UpdateLimits).RequireAdminToken();
        app.MapGet("/decisions", GetDecisionsAsync);
        app.MapGet("/references", (LatestQuotes quotes, CancellationToken cancellationToken) => TypedResults.Ok(quotes.Snapshot()));
        return app;
    }

    private static Results<Ok<LimitsView>, ValidationProblem> UpdateLimits(
        LimitsUpdate update, LimitsStore store, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var proposed = update.ApplyTo(store.Current);
        var errors = LimitsUpdate.Validate(proposed);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        store.Replace(proposed);
        LogLimitsChanged(loggers.CreateLogger("RiskApi"), proposed.ToString());
        return TypedResults.Ok(LimitsView.From(proposed));
    }

    private static async Task<Results<Ok<IReadOnlyList<DecisionRow>>, ValidationProblem>> GetDecisionsAsync(
        DecisionQueries queries, CancellationToken cancellationToken, int limit = 50)
    {
        if (limit is < 1 or > 1_000)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = ["must be between 1 and 1000"] });
        }
        return TypedResults.Ok(await queries.LatestAsync(limit, cancellationToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Risk limits changed by admin: {Limits}")]
    private static partial void LogLimitsChanged(ILogger logger, string limits);
}
