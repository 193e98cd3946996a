namespace GameDay.Contracts.Messages;

/// A change of an order's state, with the fill when there is one.
public sealed record ExecutionReported(
    string ClientOrderId, string Status, string Symbol, string Side, string Venue,
    string? TradeId, int FillQuantity, decimal? FillPrice, string? Reason, DateTimeOffset At);
