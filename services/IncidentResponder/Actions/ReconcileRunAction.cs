namespace GameDay.IncidentResponder.Actions;

/// `reconcile.run`: the execution engine compares positions with the venue.
public sealed class ReconcileRunAction(HttpActionClients http) : IIncidentAction
{
    public string Name => "reconcile.run";

    public Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken) =>
        http.PostAsync(HttpActionClients.ExecutionEngine, "admin/reconcile", null, cancellationToken);
}
