namespace GameDay.RiskManager.Model;

/// A net position as the execution engine records it (SELL negative).
public sealed record PositionHolding(string Symbol, int Quantity, decimal AveragePrice);
