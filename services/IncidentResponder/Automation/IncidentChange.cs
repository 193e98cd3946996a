using GameDay.IncidentResponder.Model;

namespace GameDay.IncidentResponder.Automation;

/// What happened to an incident, handed to the automation after the change is committed.
public sealed record IncidentChange(long IncidentId, string Kind, string State, Severity Severity);

public static class IncidentChangeKinds
{
    public const string Opened = "opened";
    public const string Reopened = "reopened";
    public const string AlertAdded = "alert_added";
    public const string StateChanged = "state_changed";
    public const string SeverityChanged = "severity_changed";
}
