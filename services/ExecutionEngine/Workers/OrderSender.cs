using GameDay.Contracts;
using GameDay.ExecutionEngine.Infrastructure;
using Npgsql;

namespace GameDay.ExecutionEngine.Workers;

/// Sends a SUBMITTED order (already committed as such) to a venue with its own client order id and
/// records what came back. Every resend of an order uses the same id, so the venue never sees two orders.
public sealed partial class OrderSender(
    VenueClient venue, VenueRouter router, VenueOrderSync sync, OrderStore store, NpgsqlDataSource dataSource,
    ILogger<OrderSender> logger)
{
    /// Marks the attempt (venue, pending) and commits, so a crash before the answer leaves a trace to resolve.
    public Task MarkAttemptAsync(string clientOrderId, string venueName, CancellationToken ct) =>
        Db.InTransactionAsync(dataSource, async (c, tx) =>
        {
            await store.SetAttemptAsync(c, tx, clientOrderId, venueName, VenueOutcomes.Pending, null, ct);
            return true;
        }, ct);

    public async Task SendAsync(OrderRow order, string venueName, CancellationToken ct)
    {
        var request = new SubmitOrderRequest(order.ClientOrderId, order.Symbol, order.Side, order.Quantity, "LIMIT", order.LimitPrice);
        var response = await venue.SubmitAsync(venueName, request, ct);
        if (response is { IsOk: true, Body: { } venueOrder })
        {
            await sync.ApplyAsync(venueOrder, venueName, ct);
            return;
        }
        if (response.Outcome == VenueOutcome.Maintenance && venueName == VenueOptions.Primary) router.PrimaryReported("maintenance");
        var (outcome, reason) = response.Outcome switch
        {
            VenueOutcome.Unauthorized => (VenueOutcomes.Refused, "venue_auth_failed"),
            VenueOutcome.Forbidden => (VenueOutcomes.Refused, response.Error ?? "forbidden"),
            VenueOutcome.RateLimited => (VenueOutcomes.Refused, "rate_limited"),
            VenueOutcome.Maintenance => (VenueOutcomes.Refused, "venue_maintenance"),
            VenueOutcome.NotLoggedIn => (VenueOutcomes.Refused, "venue_not_logged_in"),
            VenueOutcome.BadRequest => (VenueOutcomes.Refused, "venue_bad_request"),
            _ => (VenueOutcomes.Unknown, response.Error ?? "unknown"),
        };
        LogNotAccepted(order.ClientOrderId, venueName, response.Outcome.ToString(), reason);
        await Db.InTransactionAsync(dataSource, async (c, tx) =>
        {
            await store.SetAttemptAsync(c, tx, order.ClientOrderId, venueName, outcome, reason, ct);
            // A malformed order will not get better by sending it again.
            if (response.Outcome == VenueOutcome.BadRequest)
            {
                await store.TransitionAsync(c, tx, order.ClientOrderId, OrderStatus.Rejected, reason, response.Error, ct);
            }
            return true;
        }, ct);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {ClientOrderId} at {Venue}: {Outcome} ({Reason})")]
    private partial void LogNotAccepted(string clientOrderId, string venue, string outcome, string reason);
}
