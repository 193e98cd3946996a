namespace GameDay.IncidentResponder.Model;

/// One timeline event; `Summary` is the human line, the rest of the data stays in the jsonb.
public sealed record TimelineEntry(DateTimeOffset At, string Type, string Summary);
