namespace GameDay.Broker.Model.Events;

public sealed record HaltLifted(DateTimeOffset At) : BrokerEvent;
