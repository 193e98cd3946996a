namespace GameDay.RiskManager.Infrastructure;

/// One row of `risk_decisions`, also the shape of `GET /decisions`.
public sealed record DecisionRow(
    string ClientOrderId, string SignalId, string Symbol, string Side, int Quantity, decimal LimitPrice,
    bool Approved, string? Reason, string TradingState, DateTimeOffset DecidedAt);
