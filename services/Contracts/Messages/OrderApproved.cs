namespace GameDay.Contracts.Messages;

/// A risk-approved order; `ClientOrderId` is the idempotency key end to end, also at the venue.
public sealed record OrderApproved(
    string ClientOrderId, string SignalId, string Symbol, string Side, int Quantity, decimal LimitPrice,
    DateTimeOffset TickTime, DateTimeOffset ApprovedAt);
