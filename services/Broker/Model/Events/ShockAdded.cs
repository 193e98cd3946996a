namespace GameDay.Broker.Model.Events;

public sealed record ShockAdded(long StartStep, int Steps, double TotalReturn, string? Symbol = null) : BrokerEvent;
