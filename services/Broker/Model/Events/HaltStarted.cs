namespace GameDay.Broker.Model.Events;

/// Times in session time; `Percent` is the circuit-breaker level crossed, null for a manual halt.
public sealed record HaltStarted(DateTimeOffset Until, string Reason, double? Percent, DateTimeOffset At) : BrokerEvent;
