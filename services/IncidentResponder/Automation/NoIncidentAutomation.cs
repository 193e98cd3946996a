namespace GameDay.IncidentResponder.Automation;

/// The default: the responder records, classifies, pages and resolves, but executes nothing.
public sealed class NoIncidentAutomation : IIncidentAutomation
{
    public Task OnIncidentChangedAsync(IncidentChange change, CancellationToken cancellationToken) => Task.CompletedTask;
}
