namespace GameDay.ExecutionEngine.Infrastructure;

public sealed record VenueTrade(
    long Sequence, string TradeId, string OrderId, string ClientOrderId, string Venue, string Symbol, string Side,
    int Quantity, decimal Price, DateTimeOffset ExecutedAt);
