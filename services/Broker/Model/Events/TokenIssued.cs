namespace GameDay.Broker.Model.Events;

/// Expiry in session time (IST).
public sealed record TokenIssued(string Token, DateTimeOffset ExpiresAt) : BrokerEvent;
