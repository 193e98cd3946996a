namespace GameDay.IncidentResponder.Actions;

/// `trading.reduce {reason}`: REDUCING — new orders paused, only orders that shrink a position pass the risk
/// manager (seed 000 RB3-A: "pause new orders, allow position closures only"). The orchestrator refuses it while halted.
public sealed class TradingReduceAction(HttpActionClients http) : IIncidentAction
{
    public string Name => "trading.reduce";

    public Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken) =>
        http.PostAsync(HttpActionClients.Orchestrator, "admin/orchestrate/reduce", new { reason = context.Required("reason") }, cancellationToken);
}
