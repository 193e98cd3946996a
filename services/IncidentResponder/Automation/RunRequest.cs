using GameDay.Runbooks;

namespace GameDay.IncidentResponder.Automation;

/// One autopilot run: an incident, its runbook and the labels of its first alert; a dry run plans only; a trainee
/// run lays the steps out for a person (nothing is executed).
public sealed record RunRequest(long IncidentId, Runbook Runbook, IReadOnlyDictionary<string, string> Labels, bool DryRun = false)
{
    public bool Trainee { get; init; }
}

/// How a run ended, and the mitigations it applied (the breaker counts them when the incident re-fires).
public sealed record RunResult(string Outcome, IReadOnlyList<(string Step, string Target)> Mitigations)
{
    public const string Planned = "planned";
    public const string Verified = "verified";
    public const string Completed = "completed";
    public const string Stopped = "stopped";
}
