namespace GameDay.ExecutionEngine.Infrastructure;

public sealed record SubmitOrderRequest(string ClientOrderId, string Symbol, string Side, int Quantity, string Type, decimal? LimitPrice);
