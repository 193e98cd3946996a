namespace GameDay.IncidentResponder.Actions;

/// One action of the runbook action catalogue (docs/runbook-format.md). Adding one for a new runbook is one
/// class implementing this and registered in <see cref="ActionServices"/>.
public interface IIncidentAction
{
    string Name { get; }

    Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken);
}
