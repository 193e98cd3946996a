namespace GameDay.IncidentResponder.Automation;

/// What the responder does with a new incident, as it is now.
public sealed record AutomationSettings(string Mode, bool DryRun)
{
    public bool Executes => Mode == AutopilotOptions.Autopilot;

    /// Trainee mode: the runbook's steps are laid out for a person, nothing is executed.
    public bool Trains => Mode == AutopilotOptions.Trainee;
}

/// The automation mode, switchable at run time (PUT /api/automation): a drill turns the autopilot on
/// for its run, a test turns it off to show that recovery then does not happen. Starts from
/// Responder:Mode and Responder:DryRun. A change applies to incidents opened or re-opened after it;
/// runs already under way finish as they started.
public sealed partial class AutomationMode(AutopilotOptions initial, TimeProvider time, ILogger<AutomationMode> logger)
{
    private volatile AutomationSettings current = new(initial.Mode, initial.DryRun);

    public AutomationSettings Current => current;

    public DateTimeOffset? ChangedAt { get; private set; }

    public AutomationSettings Set(string mode, bool dryRun, string by)
    {
        if (AutopilotOptions.ValidateMode(mode) is { } error) throw new ArgumentException(error, nameof(mode));
        var next = new AutomationSettings(mode, dryRun);
        var previous = Interlocked.Exchange(ref current, next);
        ChangedAt = time.GetUtcNow();
        if (previous != next) LogChanged(previous.Mode, previous.DryRun, mode, dryRun, by);
        return next;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Automation mode changed from {From} (dry run {FromDryRun}) to {To} (dry run {ToDryRun}) by {By}")]
    private partial void LogChanged(string from, bool fromDryRun, string to, bool toDryRun, string by);
}
