using GameDay.Broker;
using GameDay.Broker.Model;
using GameDay.Contracts;
using GameDay.Market;

namespace GameDay.Services.Tests.Broker;

/// A brokerage on a manual clock with a near-still market: prices stay on one step until the
/// test advances past 500 ms, and volatility is tiny so that only shocks move the index.
internal sealed class TestVenue
{
    // 03:45 UTC is 09:15 IST: the session opens at the epoch.
    public static readonly DateTimeOffset Epoch = new(2025, 1, 6, 3, 45, 0, TimeSpan.Zero);

    public static readonly TimeSpan AfterLatency = TimeSpan.FromMilliseconds(60);

    public TestVenue(Action<BrokerOptions>? configure = null, IJournal? journal = null)
    {
        Options = new BrokerOptions { LiquidityMin = 1_000, LiquidityMax = 1_000 };
        configure?.Invoke(Options);
        Brokerage = new Brokerage(Options, MarketOptions, Time, journal ?? NullJournal.Instance);
    }

    public static MarketOptions MarketOptions { get; } =
        new() { Seed = 7, Epoch = Epoch, IndexVolatility = 1e-7, IdiosyncraticVolatility = 1e-7 };

    public ManualTimeProvider Time { get; } = new(Epoch.AddMilliseconds(100));

    public BrokerOptions Options { get; }

    public Brokerage Brokerage { get; }

    public OrderDesk Orders => Brokerage.Orders;

    public VenueAdmin Admin => Brokerage.Admin;

    public Quote Quote(string symbol = "RELIANCE") =>
        Brokerage.State.Market.QuoteOf(Brokerage.State.Market.Now(), symbol)!;

    public Order Place(string clientOrderId, string side, long quantity, decimal? limit = null,
        string venue = VenueNames.Primary, string symbol = "RELIANCE") =>
        Orders.Place(venue, new NewOrder(clientOrderId, symbol, side, quantity,
            limit is null ? OrderTypes.Market : OrderTypes.Limit, limit)).Order;

    public Order Buy(string clientOrderId, long quantity, decimal? limit = null, string venue = VenueNames.Primary) =>
        Place(clientOrderId, Side.Buy, quantity, limit, venue);

    public Order Sell(string clientOrderId, long quantity, decimal? limit = null, string venue = VenueNames.Primary) =>
        Place(clientOrderId, Side.Sell, quantity, limit, venue);

    /// Advances the clock (by default just past the fill latency, within the same market step) and matches.
    public void Cycle(TimeSpan? after = null)
    {
        Time.Advance(after ?? AfterLatency);
        Brokerage.Matching.RunCycle();
    }

    public Order Find(string clientOrderId, string venue = VenueNames.Primary) => Orders.Find(venue, clientOrderId)!;

    public void SetSessionTime(TimeOnly time) => Admin.SetClock(Admin.Today(time));
}
