using GameDay.Broker.Model.Events;
using GameDay.Contracts;
using GameDay.Market;

namespace GameDay.Broker.Model;

/// One matching cycle (the loop runs it every 100 ms): trips the index circuit breaker, expires
/// day orders once the session has closed, then crosses each marketable open order against the
/// touch, limited by the step's liquidity. Nothing trades while halted, closed or not `normal`.
public sealed class MatchingEngine(BrokerState state, Liquidity liquidity, TimeProvider time)
{
    public void RunCycle()
    {
        lock (state.Gate)
        {
            var session = state.Clock.Now;
            if (!SessionClock.IsOpenAt(session))
            {
                ExpireOpenOrders();
                return;
            }

            var snapshot = state.Market.Now();
            TripCircuitBreaker(snapshot, session);
            if (state.Breaker.IsHalted(session)) return;

            var now = time.GetUtcNow();
            foreach (var venue in state.Venues.Values.Where(v => state.Settings.ModeOf(v.Name) == VenueModes.Normal))
            {
                var ready = venue.Book.Open.Where(o => now - o.CreatedAt >= state.Options.FillLatency).ToList();
                foreach (var order in ready) TryFill(venue, order, snapshot, now);
            }
        }
    }

    private void TripCircuitBreaker(MarketSnapshot snapshot, DateTimeOffset session)
    {
        if (state.Breaker.Breach(snapshot.IndexLevel, session) is not { } level) return;
        var until = session + (level.Halt ?? state.Options.HaltDuration);
        state.Record(new HaltStarted(until, CircuitBreaker.ReasonFor(level), level.Percent, session));
    }

    private void ExpireOpenOrders()
    {
        var now = time.GetUtcNow();
        foreach (var order in state.OpenOrders.ToList())
        {
            state.Record(new OrderClosed(order.Venue, order.ClientOrderId, OrderStates.Expired, now));
        }
    }

    private void TryFill(Venue venue, Order order, MarketSnapshot snapshot, DateTimeOffset now)
    {
        if (state.Market.QuoteOf(snapshot, order.Symbol) is not { } quote) return;
        var buy = order.Side == Side.Buy;
        var touch = buy ? quote.Ask : quote.Bid;
        var price = touch;
        if (order.LimitPrice is { } limit)
        {
            if (buy ? limit < touch : limit > touch) return;
            price = buy ? Math.Min(limit, touch) : Math.Max(limit, touch);
        }

        var quantity = liquidity.Take(venue.Name, order.Symbol, snapshot.Step, order.Remaining);
        if (quantity == 0) return;
        var sequence = venue.Book.LastSequence + 1;
        state.Record(new OrderFilled(new Trade(sequence, venue.TradeIdFor(sequence), order.OrderId, order.ClientOrderId,
            venue.Name, order.Symbol, order.Side, quantity, price, now)));
    }
}
