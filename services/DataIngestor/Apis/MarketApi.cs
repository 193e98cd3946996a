using GameDay.DataIngestor.Model;
using GameDay.Market;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GameDay.DataIngestor.Apis;

/// `POST /admin/market/shock`: the market faults move the prices this service ticks from, with the same
/// request (and so the same steps) as the venue's, so the stack marks its positions at the venue's prices.
public static class MarketApi
{
    public static void MapMarketApi(this IEndpointRouteBuilder routes) =>
        routes.MapGroup("/admin/market").RequireAdminToken().MapPost("/shock", Shock);

    private static Results<Ok<IReadOnlyList<MarketShock>>, ValidationProblem> Shock(
        ShockRequest body, MarketTape tape, TimeProvider time, CancellationToken cancellationToken)
    {
        var model = tape.Model;
        var resolved = body.Resolve(model.StepAt, model.Instruments.Select(i => i.Symbol), time.GetUtcNow());
        if (resolved.Problem is { } problem)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [resolved.Field!] = [problem] });
        }
        foreach (var shock in resolved.Shocks) model.AddShock(shock);
        return TypedResults.Ok(resolved.Shocks);
    }
}
