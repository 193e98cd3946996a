namespace GameDay.IncidentResponder.Actions;

/// `trading.emergency-stop`: halt and cancel every open order.
public sealed class EmergencyStopAction(HttpActionClients http) : IIncidentAction
{
    public string Name => "trading.emergency-stop";

    public Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken) =>
        http.PostAsync(HttpActionClients.Orchestrator, "emergency/stop-trading", null, cancellationToken);
}
