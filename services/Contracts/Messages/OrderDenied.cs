namespace GameDay.Contracts.Messages;

public sealed record OrderDenied(
    string ClientOrderId, string SignalId, string Symbol, string Side, int Quantity, string Reason,
    DateTimeOffset DeniedAt);
