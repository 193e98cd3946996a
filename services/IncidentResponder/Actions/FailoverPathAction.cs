namespace GameDay.IncidentResponder.Actions;

/// `network.failover-path`: the resource's traffic over its standby network path, through the AppHost control API
/// (the seed's "traffic routing: bypass failed components").
public sealed class FailoverPathAction(HttpActionClients http) : IIncidentAction
{
    public string Name => "network.failover-path";

    public Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken) =>
        http.ResourceCommandAsync(context.Required("resource"), "failover-path", cancellationToken);
}
