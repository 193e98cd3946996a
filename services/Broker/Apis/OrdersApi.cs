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
        venue.MapGet("/trades", Reports);
        venue.MapGet("/trades/history", History);
        return venue;
    }

    private static async Task<Results<Created<Order>, Ok<Order>, ValidationProblem, JsonHttpResult<ApiError>>> Place(
        string venue, OrderRequest body, Brokerage brokerage, BrokerOptions options, TimeProvider time, CancellationToken ct)
    {
        if (body.Validate(out var request) is { } problem) return problem;
        var (order, created) = brokerage.Orders.Place(venue, request);
        // The order is placed (or was already); its acknowledgement is lost on the way back, as a gateway timeout.
        if (brokerage.Faults.LosesAck()) return await ApiError.LostAnswerAsync(options.TimeoutDelay, time, ct);
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

    /// The execution-report feed: what a client follows with the last sequence it holds.
    private static Ok<IReadOnlyList<Trade>> Reports(string venue, long? afterSequence, Brokerage brokerage, CancellationToken ct) =>
        TypedResults.Ok(brokerage.Orders.ReportsAfter(venue, afterSequence ?? 0));

    /// The venue's trade history (its statement): every execution, whatever the feed lost.
    private static Ok<IReadOnlyList<Trade>> History(string venue, Brokerage brokerage, CancellationToken ct) =>
        TypedResults.Ok(brokerage.Orders.TradesAfter(venue, 0));
}
