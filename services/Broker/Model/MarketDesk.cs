namespace GameDay.Broker.Model;

/// Unauthenticated views: venue status (mode, market open/closed/halted, session clock, index)
/// and the model prices of the current step.
public sealed class MarketDesk(BrokerState state)
{
    public const string Open = "open";
    public const string Closed = "closed";
    public const string Halted = "halted";

    public VenueStatus Status(string venue)
    {
        lock (state.Gate)
        {
            var session = state.Clock.Now;
            var index = state.Market.Now().IndexLevel;
            var halted = state.Breaker.IsHalted(session);
            var market = !SessionClock.IsOpenAt(session) ? Closed : halted ? Halted : Open;
            return new VenueStatus(venue, state.Settings.ModeOf(venue), market, session,
                halted ? state.Breaker.HaltedUntil : null, Math.Round(index, 2),
                Math.Round(state.Breaker.ChangePercent(index), 3));
        }
    }

    public IReadOnlyList<(string Symbol, decimal Price)> Quotes()
    {
        lock (state.Gate) return [.. state.Market.Now().Prices.Select(p => (p.Key, p.Value))];
    }
}
