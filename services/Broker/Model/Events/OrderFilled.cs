namespace GameDay.Broker.Model.Events;

public sealed record OrderFilled(Trade Trade) : BrokerEvent;
