namespace GameDay.ExecutionEngine.Infrastructure;

/// `GET /api/v1/venues/{venue}/status`: mode normal | maintenance | cancel_only; market open | closed | halted.
public sealed record VenueStatus(string Venue, string Mode, string Market)
{
    public bool AcceptsNewOrders => Mode == "normal";
}
