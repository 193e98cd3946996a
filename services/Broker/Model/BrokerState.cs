using GameDay.Broker.Model.Events;
using GameDay.Market;

namespace GameDay.Broker.Model;

/// Everything the venue knows, changed only by applying events under `Gate`. Live changes go
/// through `Record` (journal first, then apply); `Replay` applies a journal read at start.
public sealed class BrokerState
{
    private readonly IJournal _journal;
    private readonly Dictionary<(string Venue, string ClientOrderId), int> _submissions = [];

    public BrokerState(BrokerOptions options, MarketFeed market, TimeProvider time, DateTimeOffset epoch, IJournal journal)
    {
        _journal = journal;
        Options = options;
        Market = market;
        Clock = new SessionClock(time, epoch);
        Account = new Account(options.StartingCash, options.MarginRate);
        Breaker = new CircuitBreaker(options.ResolvedCircuitBreakerLevels, market.OpeningIndexLevel);
        Settings = VenueSettings.Defaults(options);
        Venues = VenueNames.All.ToDictionary(n => n, Venue.Create, StringComparer.Ordinal);
    }

    /// Raised for live changes only (not during replay): metrics count them.
    public event Action<Order>? OrderChanged;

    public event Action<Trade>? TradeExecuted;

    public Lock Gate { get; } = new();

    public BrokerOptions Options { get; }

    public MarketFeed Market { get; }

    public SessionClock Clock { get; }

    public TokenStore Tokens { get; } = new();

    public QuotaLimiter Quota { get; } = new();

    public CircuitBreaker Breaker { get; }

    public Account Account { get; }

    public IReadOnlyDictionary<string, Venue> Venues { get; }

    public VenueSettings Settings { get; private set; }

    public IEnumerable<Order> OpenOrders => Venues.Values.SelectMany(v => v.Book.Open);

    public IEnumerable<(string Venue, string ClientOrderId, int Submissions)> Replays =>
        _submissions.Where(s => s.Value > 1).Select(s => (s.Key.Venue, s.Key.ClientOrderId, s.Value));

    public void Record(BrokerEvent brokerEvent)
    {
        _journal.Append(brokerEvent);
        Apply(brokerEvent, live: true);
    }

    public int Replay(IEnumerable<BrokerEvent> events)
    {
        var count = 0;
        foreach (var brokerEvent in events)
        {
            Apply(brokerEvent, live: false);
            count++;
        }
        return count;
    }

    private void Apply(BrokerEvent brokerEvent, bool live)
    {
        switch (brokerEvent)
        {
            case TokenIssued e: Tokens.Add(e.Token, e.ExpiresAt); break;
            case TokensInvalidated: Tokens.InvalidateAll(); break;
            case OrderCreated e: Create(e.Order, live); break;
            case OrderResubmitted e: _submissions[(e.Venue, e.ClientOrderId)] = _submissions.GetValueOrDefault((e.Venue, e.ClientOrderId)) + 1; break;
            case OrderFilled e: Fill(e.Trade, live); break;
            case OrderClosed e: Close(e, live); break;
            case CashSet e: Account.Cash = e.Cash; break;
            case SettingsChanged e: Settings = e.Settings; break;
            case ClockSet e: Clock.Offset = e.Offset; break;
            case HaltStarted e: Breaker.Halt(e.Until, e.Reason, e.Percent, e.At); break;
            case HaltLifted: Breaker.Lift(); break;
            case ShockAdded e: Market.AddShock(new MarketShock(e.StartStep, e.Steps, e.TotalReturn, e.Symbol)); break;
            default: throw new InvalidOperationException($"Unknown broker event {brokerEvent.GetType().Name}.");
        }
    }

    private void Create(Order order, bool live)
    {
        Venues[order.Venue].Book.Add(order);
        _submissions[(order.Venue, order.ClientOrderId)] = 1;
        if (live) OrderChanged?.Invoke(order);
    }

    private void Fill(Trade trade, bool live)
    {
        var book = Venues[trade.Venue].Book;
        var before = book.Find(trade.ClientOrderId)!;
        var after = before.WithFill(trade);
        book.AddTrade(trade);
        if (ReportGap.Loses(trade.Sequence, Settings.ReportGapRate)) book.LoseReport(trade.Sequence);
        book.Replace(after);
        Account.ApplyFill(trade);
        if (!live) return;
        TradeExecuted?.Invoke(trade);
        if (after.Status != before.Status) OrderChanged?.Invoke(after);
    }

    private void Close(OrderClosed closed, bool live)
    {
        var book = Venues[closed.Venue].Book;
        var order = book.Find(closed.ClientOrderId)! with { Status = closed.Status, UpdatedAt = closed.At };
        book.Replace(order);
        if (live) OrderChanged?.Invoke(order);
    }
}
