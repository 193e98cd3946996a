namespace GameDay.Broker.Model;

/// `SessionTime` and `HaltedUntil` are session-clock instants (IST offset).
public sealed record VenueStatus(
    string Venue,
    string Mode,
    string Market,
    DateTimeOffset SessionTime,
    DateTimeOffset? HaltedUntil,
    double IndexLevel,
    double IndexChangePercent);
