namespace GameDay.Broker.Model.Events;

public sealed record TokensInvalidated(DateTimeOffset At) : BrokerEvent;
