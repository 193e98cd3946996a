namespace GameDay.IncidentResponder.Automation;

/// Hands committed changes to the automation; its failures never fail the caller (an alert intake
/// must be accepted whatever the autopilot does).
public sealed partial class AutomationDispatcher(IIncidentAutomation automation, ILogger<AutomationDispatcher> logger)
{
    public async Task DispatchAsync(IReadOnlyList<IncidentChange> changes, CancellationToken cancellationToken)
    {
        foreach (var change in changes)
        {
            try
            {
                await automation.OnIncidentChangedAsync(change, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogFailed(ex, change.IncidentId, change.Kind);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Automation failed on incident {IncidentId} ({Kind})")]
    private partial void LogFailed(Exception ex, long incidentId, string kind);
}
