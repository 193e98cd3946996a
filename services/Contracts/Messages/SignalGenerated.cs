namespace GameDay.Contracts.Messages;

public sealed record SignalGenerated(
    string SignalId, string Symbol, string Side, decimal Price, decimal Strength, string Reason,
    DateTimeOffset TickTime, DateTimeOffset GeneratedAt);
