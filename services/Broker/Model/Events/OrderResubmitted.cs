namespace GameDay.Broker.Model.Events;

/// A known client order id POSTed again: answered with the existing order and counted.
public sealed record OrderResubmitted(string Venue, string ClientOrderId) : BrokerEvent;
