using GameDay.Broker.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GameDay.Broker.Apis;

/// Unauthenticated venue status and quotes, and the account routes behind the venue guard.
public static class MarketApi
{
    public sealed record QuoteView(string Symbol, decimal Price);

    public static RouteGroupBuilder MapMarketApi(this RouteGroupBuilder api)
    {
        api.MapGet("/venues/{venue}/status", Status);
        api.MapGet("/market/quotes", Quotes);
        return api;
    }

    public static RouteGroupBuilder MapAccountApi(this RouteGroupBuilder guarded)
    {
        guarded.MapGet("/positions", (Brokerage brokerage, CancellationToken ct) => TypedResults.Ok(brokerage.Account.Positions()));
        guarded.MapGet("/account", (Brokerage brokerage, CancellationToken ct) => TypedResults.Ok(brokerage.Account.View()));
        return guarded;
    }

    private static Results<Ok<VenueStatus>, JsonHttpResult<ApiError>> Status(string venue, Brokerage brokerage, CancellationToken ct) =>
        VenueNames.All.Contains(venue)
            ? TypedResults.Ok(brokerage.Market.Status(venue))
            : ApiError.Result(StatusCodes.Status404NotFound, "venue_not_found", $"No venue '{venue}'.");

    private static Ok<QuoteView[]> Quotes(Brokerage brokerage, CancellationToken ct) =>
        TypedResults.Ok(brokerage.Market.Quotes().Select(q => new QuoteView(q.Symbol, q.Price)).ToArray());
}
