namespace GameDay.Broker.Model.Events;

/// Canceled by the client or expired at the close.
public sealed record OrderClosed(string Venue, string ClientOrderId, string Status, DateTimeOffset At) : BrokerEvent;
