namespace GameDay.Broker.Model.Events;

public sealed record SettingsChanged(VenueSettings Settings) : BrokerEvent;
