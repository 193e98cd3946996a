namespace GameDay.ExecutionEngine.Infrastructure;

/// Where new orders go: the primary venue, or the fallback while the primary reports maintenance or cancel-only;
/// nowhere while the market is closed or halted (a market-wide state: the fallback trades the same market).
/// The primary's status poller reports both; until it first does, the market counts as open.
public sealed class VenueRouter
{
    private volatile string _primaryMode = "normal";
    private volatile string _market = MarketOpen;

    public const string MarketOpen = "open";

    public string PrimaryMode => _primaryMode;

    public string Market => _market;

    public string Current => _primaryMode == "normal" ? VenueOptions.Primary : VenueOptions.Fallback;

    /// Why no new order may go out now, as an order's denial reason, or null while the market is open.
    public string? MarketRefusal => _market == MarketOpen ? null : $"market_{_market}";

    public void PrimaryReported(string mode) => _primaryMode = mode;

    public void MarketReported(string market) => _market = market;

    /// A venue that refuses an order because the market is closed or halted says so before the next status poll:
    /// the next order waits for the market instead of being refused too.
    public void VenueRejected(string? rejectReason)
    {
        if (rejectReason is "market_closed" or "market_halted") _market = rejectReason["market_".Length..];
    }
}
