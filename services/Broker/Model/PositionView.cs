namespace GameDay.Broker.Model;

public sealed record PositionView(string Symbol, long Quantity, decimal AveragePrice, decimal RealizedPnl);
