using GameDay.Broker.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GameDay.Broker.Apis;

/// Orders and trades of one venue (`primary` or `fallback`), behind the venue guard.
public static class OrdersApi
{
    public static RouteGroupBuilder MapOrdersApi(this RouteGroupBuilder venue)
    {
        venue.MapPost("/orders", Place);
        venue.MapGet("/orders/{clientOrderId}", Get);
        venue.MapGet("/orders", List);
        venue.MapDelete("/orders/{clientOrderId}", Cancel);
        venue.MapGet("/trades", Trades);
        return venue;
    }

    private static Results<Created<Order>, Ok<Order>, ValidationProblem> Place(
        string venue, OrderRequest body, Brokerage brokerage, CancellationToken ct)
    {
        if (body.Validate(out var request) is { } problem) return problem;
        var (order, created) = brokerage.Orders.Place(venue, request);
        if (!created) return TypedResults.Ok(order);
        return TypedResults.Created($"/api/v1/venues/{venue}/orders/{Uri.EscapeDataString(order.ClientOrderId)}", order);
    }

    private static Results<Ok<Order>, JsonHttpResult<ApiError>> Get(
        string venue, string clientOrderId, Brokerage brokerage, CancellationToken ct) =>
        brokerage.Orders.Find(venue, clientOrderId) is { } order
            ? TypedResults.Ok(order)
            : ApiError.OrderNotFound(clientOrderId);

    private static Ok<IReadOnlyList<Order>> List(string venue, string? status, Brokerage brokerage, CancellationToken ct) =>
        TypedResults.Ok(brokerage.Orders.List(venue, status));

    private static Results<Ok<Order>, JsonHttpResult<ApiError>> Cancel(
        string venue, string clientOrderId, Brokerage brokerage, CancellationToken ct)
    {
        var (order, outcome) = brokerage.Orders.Cancel(venue, clientOrderId);
        return outcome switch
        {
            CancelOutcome.Canceled => TypedResults.Ok(order!),
            CancelOutcome.NotFound => ApiError.OrderNotFound(clientOrderId),
            _ => ApiError.Result(StatusCodes.Status409Conflict, "order_terminal", $"The order is already {order!.Status}."),
        };
    }

    private static Ok<IReadOnlyList<Trade>> Trades(string venue, long? afterSequence, Brokerage brokerage, CancellationToken ct) =>
        TypedResults.Ok(brokerage.Orders.TradesAfter(venue, afterSequence ?? 0));
}
