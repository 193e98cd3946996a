namespace GameDay.Broker.Model.Events;

/// A new order, OPEN or REJECTED.
public sealed record OrderCreated(Order Order) : BrokerEvent;
