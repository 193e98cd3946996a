namespace GameDay.IncidentResponder.Automation;

/// The seam for the autopilot (runbook execution): called after an incident opens or changes.
/// Implementations must not throw back into intake; the dispatcher logs and swallows failures.
public interface IIncidentAutomation
{
    Task OnIncidentChangedAsync(IncidentChange change, CancellationToken cancellationToken);
}
