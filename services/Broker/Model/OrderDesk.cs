using GameDay.Broker.Model.Events;
using GameDay.Market;

namespace GameDay.Broker.Model;

/// Order entry and order queries of both venues. A known client order id is answered with the
/// existing order (never a second one); business rejections still create the order, REJECTED.
public sealed class OrderDesk(BrokerState state, TimeProvider time)
{
    public (Order Order, bool Created) Place(string venueName, NewOrder request)
    {
        lock (state.Gate)
        {
            var venue = state.Venues[venueName];
            if (venue.Book.Find(request.ClientOrderId) is { } existing)
            {
                state.Record(new OrderResubmitted(venueName, request.ClientOrderId));
                return (existing, false);
            }

            var now = time.GetUtcNow();
            var order = new Order(venue.NextOrderId(), request.ClientOrderId, venueName, request.Symbol, request.Side,
                request.Quantity, 0, null, request.Type == OrderTypes.Limit ? request.LimitPrice : null, request.Type,
                OrderStates.Open, null, now, now);
            if (RejectionOf(order) is { } reason)
            {
                order = order with { Status = OrderStates.Rejected, RejectReason = reason };
            }
            state.Record(new OrderCreated(order));
            return (order, true);
        }
    }

    public (Order? Order, CancelOutcome Outcome) Cancel(string venueName, string clientOrderId)
    {
        lock (state.Gate)
        {
            var book = state.Venues[venueName].Book;
            if (book.Find(clientOrderId) is not { } order) return (null, CancelOutcome.NotFound);
            if (!order.IsOpen) return (order, CancelOutcome.AlreadyTerminal);
            state.Record(new OrderClosed(venueName, clientOrderId, OrderStates.Canceled, time.GetUtcNow()));
            return (book.Find(clientOrderId), CancelOutcome.Canceled);
        }
    }

    public Order? Find(string venueName, string clientOrderId)
    {
        lock (state.Gate) return state.Venues[venueName].Book.Find(clientOrderId);
    }

    /// `open` means OPEN or PARTIALLY_FILLED; any other filter is a status name; null is all.
    public IReadOnlyList<Order> List(string venueName, string? status)
    {
        lock (state.Gate)
        {
            var book = state.Venues[venueName].Book;
            if (string.IsNullOrEmpty(status)) return [.. book.Orders];
            if (status.Equals("open", StringComparison.OrdinalIgnoreCase)) return [.. book.Open];
            return [.. book.Orders.Where(o => o.Status.Equals(status, StringComparison.OrdinalIgnoreCase))];
        }
    }

    public IReadOnlyList<Trade> TradesAfter(string venueName, long sequence)
    {
        lock (state.Gate) return [.. state.Venues[venueName].Book.TradesAfter(sequence)];
    }

    /// The venue's execution-report feed (what a client follows with its last sequence), which a report gap thins.
    public IReadOnlyList<Trade> ReportsAfter(string venueName, long sequence)
    {
        lock (state.Gate) return [.. state.Venues[venueName].Book.ReportsAfter(sequence)];
    }

    public IReadOnlyList<Trade> AllTrades()
    {
        lock (state.Gate)
        {
            return [.. state.Venues.Values.SelectMany(v => v.Book.Trades)
                .OrderBy(t => t.ExecutedAt).ThenBy(t => t.Venue, StringComparer.Ordinal).ThenBy(t => t.Sequence)];
        }
    }

    private string? RejectionOf(Order order)
    {
        if (state.Settings.ModeOf(order.Venue) != VenueModes.Normal) return RejectReasons.CancelOnly;
        var session = state.Clock.Now;
        if (!SessionClock.IsOpenAt(session)) return RejectReasons.MarketClosed;
        if (state.Breaker.IsHalted(session)) return RejectReasons.MarketHalted;
        var snapshot = state.Market.Now();
        if (state.Market.QuoteOf(snapshot, order.Symbol) is not { } quote) return RejectReasons.UnknownSymbol;
        if (order.LimitPrice is { } limit && !WithinBand(limit, quote.Price)) return RejectReasons.PriceOutOfBand;
        return HasMarginFor(order, snapshot) ? null : RejectReasons.InsufficientFunds;
    }

    private bool WithinBand(decimal limit, decimal price) =>
        Math.Abs(limit - price) / price * 100 <= (decimal)state.Options.PriceBandPercent;

    /// Only the margin the order adds must fit: reducing a position is always allowed.
    private bool HasMarginFor(Order order, MarketSnapshot snapshot)
    {
        var mark = MarketFeed.MarkOf(snapshot);
        var open = state.OpenOrders.ToList();
        var before = state.Account.MarginUsed(open, mark);
        var after = state.Account.MarginUsed(open.Append(order), mark);
        var equity = state.Account.Cash + state.Account.Unrealized(mark);
        return after <= before || after <= equity;
    }
}
