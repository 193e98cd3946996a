using GameDay.IncidentResponder.Model;

namespace GameDay.IncidentResponder.Infrastructure;

/// The result of an operator action: the incident after it, or why not (404 / 409).
public sealed record OperatorOutcome(Incident? Incident, bool NotFound, string? Conflict)
{
    public static OperatorOutcome Done(Incident incident) => new(incident, false, null);

    public static OperatorOutcome Missing() => new(null, true, null);

    public static OperatorOutcome Refused(string why) => new(null, false, why);
}
