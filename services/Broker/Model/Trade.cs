namespace GameDay.Broker.Model;

/// One execution. `Sequence` is per venue, from 1, ascending; `TradeId` is unique per venue.
public sealed record Trade(
    long Sequence,
    string TradeId,
    string OrderId,
    string ClientOrderId,
    string Venue,
    string Symbol,
    string Side,
    long Quantity,
    decimal Price,
    DateTimeOffset ExecutedAt);
