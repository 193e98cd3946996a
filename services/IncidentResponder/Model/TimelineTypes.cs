namespace GameDay.IncidentResponder.Model;

public static class TimelineTypes
{
    public const string FaultInjected = "fault_injected";
    public const string AlertFired = "alert_fired";
    public const string AlertResolved = "alert_resolved";
    public const string Classified = "classified";
    public const string Paged = "paged";
    public const string Escalated = "escalated";
    public const string Acknowledged = "acknowledged";
    public const string StateChanged = "state_changed";
    public const string Reopened = "reopened";
    public const string Communication = "communication";
    public const string Note = "note";
    public const string PostmortemWritten = "postmortem_written";

    /// A verify step's verdicts on the recovery checklist (<see cref="ChecklistEvidence"/>).
    public const string ChecklistChecked = "checklist_checked";
}
