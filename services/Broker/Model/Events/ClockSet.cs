namespace GameDay.Broker.Model.Events;

/// Session time minus wall-clock time from now on.
public sealed record ClockSet(TimeSpan Offset) : BrokerEvent;
