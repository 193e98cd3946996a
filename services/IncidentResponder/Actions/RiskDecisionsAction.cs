namespace GameDay.IncidentResponder.Actions;

/// `risk.decisions`: the risk manager's recent decisions.
public sealed class RiskDecisionsAction(HttpActionClients http) : IIncidentAction
{
    public string Name => "risk.decisions";

    public Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken) =>
        http.GetAsync(HttpActionClients.RiskManager, $"decisions?limit={context.Number("limit", 100)}", cancellationToken);
}
