using System.Text.Json;
using GameDay.Contracts;

namespace GameDay.IncidentResponder.Actions;

/// `resource.start-all`: every stopped resource, infrastructure first, then the services in the order they depend on each other.
public sealed class StartAllAction(HttpActionClients http) : IIncidentAction
{
    private static readonly string[] Order =
    [
        ResourceNames.Postgres, ResourceNames.Redis, ResourceNames.Broker, ResourceNames.Orchestrator, ResourceNames.DataIngestor,
        ResourceNames.SignalGenerator, ResourceNames.RiskManager, ResourceNames.ExecutionEngine,
    ];

    private static readonly string[] Stopped = ["Exited", "Finished", "FailedToStart"];

    public string Name => "resource.start-all";

    public async Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (await http.ReadJsonAsync(HttpActionClients.Control, "api/resources", cancellationToken) is not { ValueKind: JsonValueKind.Array } list)
        {
            return ActionOutcome.Failed("the control API did not list the resources.");
        }
        var stopped = list.EnumerateArray()
            .Where(r => Stopped.Contains(r.GetProperty("state").GetString()))
            .Select(r => r.GetProperty("name").GetString()!)
            .OrderBy(name => Array.IndexOf(Order, name) is var i and >= 0 ? i : Order.Length)
            .ToArray();
        var results = new List<string>();
        var ok = true;
        foreach (var name in stopped)
        {
            var outcome = await http.ResourceCommandAsync(name, "start", cancellationToken);
            ok &= outcome.Succeeded;
            results.Add($"{name}: {outcome.Detail}");
        }
        var detail = stopped.Length == 0 ? "no resource was stopped." : string.Join("; ", results);
        return new ActionOutcome(ok, detail);
    }
}
