using GameDay.DataIngestor.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GameDay.DataIngestor.Apis;

public static class QuotesApi
{
    public static void MapQuotesApi(this IEndpointRouteBuilder routes) =>
        routes.MapGroup("/quotes").MapGet("/latest", GetLatest);

    private static Ok<IReadOnlyList<QuoteView>> GetLatest(QuoteBook quotes, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return TypedResults.Ok<IReadOnlyList<QuoteView>>([.. quotes.Latest().Select(q =>
            new QuoteView(q.Symbol, q.Price, q.Timestamp, q.Feed, Math.Round((now - q.ReceivedAt).TotalSeconds, 3)))]);
    }
}

public sealed record QuoteView(string Symbol, decimal Price, DateTimeOffset Timestamp, string Feed, double AgeSeconds);
