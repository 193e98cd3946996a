namespace GameDay.Orchestrator.Model;

/// One row of the execution engine's `positions` table; negative quantity is a short position.
public sealed record PositionRow(string Symbol, int Quantity, decimal AveragePrice, decimal RealizedPnl);
