namespace GameDay.ExecutionEngine.Infrastructure;

public sealed record VenuePosition(string Symbol, int Quantity, decimal AveragePrice, decimal RealizedPnl);
