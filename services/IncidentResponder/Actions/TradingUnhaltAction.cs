namespace GameDay.IncidentResponder.Actions;

/// `trading.unhalt`: resume trading (the orchestrator refuses where its state machine does).
public sealed class TradingUnhaltAction(HttpActionClients http) : IIncidentAction
{
    public string Name => "trading.unhalt";

    public Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken) =>
        http.PostAsync(HttpActionClients.Orchestrator, "admin/orchestrate/unhalt", null, cancellationToken);
}
