namespace GameDay.Broker.Model;

/// One exchange of the broker: its book, and the prefixes of the ids it hands out.
public sealed class Venue(string name, string idPrefix)
{
    public string Name { get; } = name;

    public OrderBook Book { get; } = new();

    public string NextOrderId() => $"{idPrefix}-{Book.OrderCount + 1:D8}";

    public string TradeIdFor(long sequence) => $"{idPrefix}T-{sequence:D8}";

    public static Venue Create(string name) => new(name, name == VenueNames.Primary ? "NSE" : "BSE");
}
