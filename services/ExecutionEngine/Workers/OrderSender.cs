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
    /// False when the order is no longer SUBMITTED (cancel-all got there first), already acked, or trading is halted in
    /// the database (a resend is a new order for a venue that never saw the first): do not send.
    public Task<bool> MarkAttemptAsync(string clientOrderId, string venueName, CancellationToken ct) =>
        Db.InTransactionAsync(dataSource, async (c, tx) =>
            !await TradingStateFence.IsHaltedAsync(c, tx, ct)
            && await store.SetAttemptAsync(c, tx, clientOrderId, venueName, VenueOutcomes.Pending, null, ct, onlyWhileSubmitted: true), ct);

    public async Task SendAsync(OrderRow order, string venueName, CancellationToken ct)
    {
        var request = new SubmitOrderRequest(order.ClientOrderId, order.Symbol, order.Side, order.Quantity, "LIMIT", order.LimitPrice);
        var response = await venue.SubmitAsync(venueName, request, ct);
        if (response is { IsOk: true, Body: { } venueOrder })
        {
            router.VenueRejected(venueOrder.RejectReason);
            await sync.ApplyAsync(venueOrder, venueName, ct);
            return;
        }
        if (response.Outcome == VenueOutcome.Maintenance && venueName == VenueOptions.Primary) router.PrimaryReported("maintenance");
        var (outcome, reason) = SubmissionOutcome.Classify(response.Outcome, response.Error, response.Retried);
        LogNotAccepted(order.ClientOrderId, venueName, response.Outcome.ToString(), reason);
        // Only an open circuit that refused the first attempt proves nothing left for the venue.
        if (outcome == VenueOutcomes.Unknown) ExecutionMetrics.CountUnknownOutcome(venueName, mayHaveActed: response.Retried || response.Error != "circuit_open");
        await Db.InTransactionAsync(dataSource, async (c, tx) =>
        {
            var written = await store.SetAttemptAsync(c, tx, order.ClientOrderId, venueName, outcome, reason, ct);
            // A malformed order will not get better by sending it again.
            if (written && response.Outcome == VenueOutcome.BadRequest && outcome == VenueOutcomes.Refused)
            {
                await store.TransitionAsync(c, tx, order.ClientOrderId, OrderStatus.Rejected, reason, response.Error, ct);
            }
            return true;
        }, ct);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {ClientOrderId} at {Venue}: {Outcome} ({Reason})")]
    private partial void LogNotAccepted(string clientOrderId, string venue, string outcome, string reason);
}
