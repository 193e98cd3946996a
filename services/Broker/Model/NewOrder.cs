namespace GameDay.Broker.Model;

/// A validated order request; `LimitPrice` is null for MARKET orders.
public sealed record NewOrder(string ClientOrderId, string Symbol, string Side, long Quantity, string Type, decimal? LimitPrice);
