using Bogus;
using GameDay.Market;

namespace GameDay.Broker.Model;

/// The simulated broker put together: one state, and the desks that act on it. Tests build it
/// with a manual clock; the service builds it once and replays its journal into it.
public sealed class Brokerage
{
    /// Per-service offset of the seeded randomness (common brief).
    public const int SeedOffset = 1000;

    public Brokerage(BrokerOptions options, MarketOptions market, TimeProvider time, IJournal journal)
    {
        var random = new Randomizer(market.Seed + SeedOffset);
        var feed = new MarketFeed(new MarketModel(market), time, options.HalfSpreadTicks);
        State = new BrokerState(options, feed, time, market.Epoch, journal);
        var liquidity = new Liquidity(feed.Symbols, random, options.LiquidityMin, options.LiquidityMax);
        Orders = new OrderDesk(State, time);
        Matching = new MatchingEngine(State, liquidity, time);
        Market = new MarketDesk(State);
        Account = new AccountDesk(State);
        Admin = new VenueAdmin(State, time);
        Access = new AccessControl(State, time);
        Faults = new FaultInjector(State, random);
    }

    public BrokerState State { get; }

    public OrderDesk Orders { get; }

    public MatchingEngine Matching { get; }

    public MarketDesk Market { get; }

    public AccountDesk Account { get; }

    public VenueAdmin Admin { get; }

    public AccessControl Access { get; }

    public FaultInjector Faults { get; }
}
