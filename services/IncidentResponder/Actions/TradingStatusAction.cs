namespace GameDay.IncidentResponder.Actions;

/// `trading.status`: the orchestrator's trading state and PnL.
public sealed class TradingStatusAction(HttpActionClients http) : IIncidentAction
{
    public string Name => "trading.status";

    public Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken) =>
        http.GetAsync(HttpActionClients.Orchestrator, "pnl/status", cancellationToken);
}
