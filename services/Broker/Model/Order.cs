using System.Text.Json.Serialization;

namespace GameDay.Broker.Model;

/// An order as the venue holds and reports it. Immutable: every change replaces the record, so a
/// reader outside the state lock never sees a half-applied fill.
public sealed record Order(
    string OrderId,
    string ClientOrderId,
    string Venue,
    string Symbol,
    string Side,
    long Quantity,
    long FilledQuantity,
    decimal? AveragePrice,
    decimal? LimitPrice,
    string Type,
    string Status,
    string? RejectReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    [JsonIgnore]
    public long Remaining => Quantity - FilledQuantity;

    [JsonIgnore]
    public bool IsOpen => OrderStates.IsOpen(Status);

    public Order WithFill(Trade trade)
    {
        var filled = FilledQuantity + trade.Quantity;
        var average = ((AveragePrice ?? 0) * FilledQuantity + trade.Price * trade.Quantity) / filled;
        return this with
        {
            FilledQuantity = filled,
            AveragePrice = Math.Round(average, 4),
            Status = filled >= Quantity ? OrderStates.Filled : OrderStates.PartiallyFilled,
            UpdatedAt = trade.ExecutedAt,
        };
    }
}
