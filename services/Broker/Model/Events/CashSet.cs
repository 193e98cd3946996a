namespace GameDay.Broker.Model.Events;

public sealed record CashSet(decimal Cash) : BrokerEvent;
