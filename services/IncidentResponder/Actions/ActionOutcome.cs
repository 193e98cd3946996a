namespace GameDay.IncidentResponder.Actions;

/// The result of an action: whether it did what it should, and what it saw (kept on the step).
public sealed record ActionOutcome(bool Succeeded, string Detail)
{
    /// The action put a new deployment of its target in place (a configuration restored): the restarts counted against the
    /// old one no longer count (MitigationRateLimit.NewDeployment).
    public bool NewDeployment { get; init; }

    public static ActionOutcome Ok(string detail) => new(true, detail);

    public static ActionOutcome Failed(string detail) => new(false, detail);
}
