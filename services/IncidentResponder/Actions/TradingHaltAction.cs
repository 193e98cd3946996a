namespace GameDay.IncidentResponder.Actions;

/// `trading.halt` with a reason.
public sealed class TradingHaltAction(HttpActionClients http) : IIncidentAction
{
    public string Name => "trading.halt";

    public Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken) =>
        http.PostAsync(HttpActionClients.Orchestrator, "admin/orchestrate/halt", new { reason = context.Required("reason") }, cancellationToken);
}
