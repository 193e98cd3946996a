namespace GameDay.ExecutionEngine.Infrastructure;

public sealed record VenueOrder(
    string OrderId, string ClientOrderId, string Venue, string Symbol, string Side, int Quantity, int FilledQuantity,
    decimal? AveragePrice, decimal? LimitPrice, string Type, string Status, string? RejectReason,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
