namespace GameDay.IncidentResponder.Model;

/// A mitigation step of the incident's runbook that was carried out: by the autopilot, or reported done by the
/// person on call (trainee mode). What the post-mortem's resolution and the resolved message say was done.
public sealed record Mitigation(DateTimeOffset At, string Step, string Action, string? Target, bool ReportedByPerson)
{
    public string Describe() =>
        $"{Step} ({Action}{(Target is null ? "" : $" on {Target}")}) at {At.UtcDateTime:HH:mm:ss}Z {(ReportedByPerson ? "reported done by the person on call" : "by the autopilot")}";
}
