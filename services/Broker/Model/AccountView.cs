namespace GameDay.Broker.Model;

public sealed record AccountView(decimal Cash, decimal MarginUsed, decimal AvailableMargin, decimal Equity);
