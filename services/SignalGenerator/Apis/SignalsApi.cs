using GameDay.Contracts.Messages;
using GameDay.SignalGenerator.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GameDay.SignalGenerator.Apis;

public static class SignalsApi
{
    private const int MaxLimit = 1000;

    public static void MapSignalsApi(this IEndpointRouteBuilder routes) =>
        routes.MapGroup("/signals").MapGet("/", GetLatest);

    private static async Task<Results<Ok<IReadOnlyList<SignalGenerated>>, ProblemHttpResult>> GetLatest(
        SignalStore store, CancellationToken cancellationToken, int limit = 50)
    {
        if (limit is < 1 or > MaxLimit)
        {
            return TypedResults.Problem($"limit must be between 1 and {MaxLimit}.", statusCode: StatusCodes.Status400BadRequest);
        }
        return TypedResults.Ok(await store.LatestAsync(limit, cancellationToken));
    }
}
