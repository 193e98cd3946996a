namespace GameDay.IncidentResponder.Automation;

/// `incident_steps.status` values.
public static class StepStatuses
{
    public const string Planned = "planned";
    public const string ToDo = "to_do";
    public const string Done = "done";
    public const string Running = "running";
    public const string AwaitingApproval = "awaiting_approval";
    /// A gated step a person approved, waiting for its pre-conditions or its target before it runs.
    public const string Approved = "approved";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";
    public const string Skipped = "skipped";
    public const string NotApplicable = "not_applicable";
}

/// The timeline event types of the autopilot.
public static class StepEvents
{
    public const string Started = "step_started";
    public const string Succeeded = "step_succeeded";
    public const string Failed = "step_failed";
    public const string Skipped = "step_skipped";
    public const string ApprovalRequired = "approval_required";
    public const string ApprovalGranted = "approval_granted";
    public const string Reported = "step_reported";
}
