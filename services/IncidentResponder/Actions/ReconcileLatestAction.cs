namespace GameDay.IncidentResponder.Actions;

/// `reconcile.latest`: the last reconciliation report.
public sealed class ReconcileLatestAction(HttpActionClients http) : IIncidentAction
{
    public string Name => "reconcile.latest";

    public Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken) =>
        http.GetAsync(HttpActionClients.ExecutionEngine, "reconciliation/latest", cancellationToken);
}
