using GameDay.Contracts;
using GameDay.ExecutionEngine.Infrastructure;
using GameDay.ExecutionEngine.Model;
using GameDay.Messaging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GameDay.ExecutionEngine.Workers;

/// Resolves SUBMITTED orders without a venue acknowledgement by asking `orders.venue` (the only venue
/// that may hold the order: it changes only after a 404 there) by client order id first. 404 means it is
/// not there: Unknown is sent again to the same venue; Refused (nothing created) may go to the venue routed
/// now, or be given up. Any other answer proves nothing, so the order waits. A new id is never made up.
public sealed partial class SubmissionResolver(
    OrderQueries queries, OrderStore store, OrderSender sender, VenueClient venue, VenueOrderSync sync,
    TradingStateCache tradingState, VenueGate gate, VenueRouter router, NpgsqlDataSource dataSource,
    IOptions<ExecutionOptions> options, SchemaReady schema, TimeProvider time, ILogger<SubmissionResolver> logger)
    : PeriodicWorker(schema, time, logger)
{
    private static readonly OrderStatus[] FromSubmitted = [OrderStatus.Submitted];

    protected override TimeSpan Interval => TimeSpan.FromMilliseconds(500);

    protected override async Task RunOnceAsync(CancellationToken ct)
    {
        var now = Time.GetUtcNow();
        foreach (var order in await queries.UnresolvedAsync(now - options.Value.ResolveAfter, now - VenueOutcomes.PendingGrace, ct))
        {
            if (!gate.CanSend) return;
            if (order.Venue is null) await ResendAsync(order, router.Current, ct);
            else await AskVenueAsync(order, order.Venue, ct);
        }
    }

    private async Task AskVenueAsync(OrderRow order, string venueName, CancellationToken ct)
    {
        var refused = order.VenueOutcome == VenueOutcomes.Refused;
        var response = await venue.GetOrderAsync(venueName, order.ClientOrderId, ct);
        if (response is { IsOk: true, Body: { } venueOrder })
        {
            LogResolved(order.ClientOrderId, venueName, venueOrder.Status);
            await sync.ApplyAsync(venueOrder, venueName, ct);
            // An unknown outcome found at the venue is the dangerous branch: the venue acted although the answer was lost.
            ExecutionMetrics.CountOutcomeResolved(order.VenueOutcome, "found");
        }
        else if (response.Outcome == VenueOutcome.NotFound)
        {
            await ResendAsync(order, refused ? router.Current : venueName, ct);
        }
        else
        {
            // Keeps a refusal a refusal (a later 404 may still re-route it); the write spaces the next question.
            await Db.InTransactionAsync(dataSource, (c, tx) => store.SetAttemptAsync(c, tx, order.ClientOrderId, venueName,
                refused ? VenueOutcomes.Refused : VenueOutcomes.Unknown, null, ct), ct);
        }
    }

    /// Only for an order known not to be at any venue (never sent, or a 404 at the venue it was sent to).
    private async Task ResendAsync(OrderRow order, string venueName, CancellationToken ct)
    {
        if (tradingState.IsHalted is not { } halted) return;
        var reason = halted ? "trading_halted" : Time.GetUtcNow() - order.CreatedAt > options.Value.MaxOrderAge ? "not_submitted" : null;
        if (reason is not null)
        {
            LogGivenUp(order.ClientOrderId, reason);
            await Db.InTransactionAsync(dataSource, (c, tx) => store.TransitionAsync(c, tx, order.ClientOrderId,
                OrderStatus.Rejected, reason, "never reached a venue", ct, FromSubmitted), ct);
            ExecutionMetrics.CountOutcomeResolved(order.VenueOutcome, "given_up");
            return;
        }
        if (!await sender.MarkAttemptAsync(order.ClientOrderId, venueName, ct)) return;
        await sender.SendAsync(order, venueName, ct);
        ExecutionMetrics.CountOutcomeResolved(order.VenueOutcome, "resent");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {ClientOrderId} resolved at {Venue}: {Status}")]
    private partial void LogResolved(string clientOrderId, string venue, string status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {ClientOrderId} given up before reaching a venue: {Reason}")]
    private partial void LogGivenUp(string clientOrderId, string reason);
}
