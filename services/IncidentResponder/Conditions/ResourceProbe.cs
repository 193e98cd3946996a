using System.Text.Json;
using GameDay.IncidentResponder.Actions;
using GameDay.Runbooks;

namespace GameDay.IncidentResponder.Conditions;

/// `resource <name> healthy|unhealthy|running` and `all resources healthy`, from the AppHost control API.
public sealed class ResourceProbe(HttpActionClients http) : IConditionProbe
{
    public bool Handles(Condition condition) => condition is ResourceCondition;

    public async Task<ConditionResult> ProbeAsync(Condition condition, long incidentId, CancellationToken cancellationToken)
    {
        var c = (ResourceCondition)condition;
        if (c.AllResources)
        {
            if (await http.ReadJsonAsync(HttpActionClients.Control, "api/resources", cancellationToken) is not { ValueKind: JsonValueKind.Array } list)
            {
                return ConditionResult.Fails("the control API did not list the resources.");
            }
            var sick = list.EnumerateArray().Where(r => !Healthy(r)).Select(r => $"{Text(r, "name")} ({Text(r, "state")}/{Text(r, "health")})").ToArray();
            return ConditionResult.Is(sick.Length == 0, sick.Length == 0 ? "every resource is healthy." : "not healthy: " + string.Join(", ", sick));
        }
        var one = await http.ReadJsonAsync(HttpActionClients.Control, $"api/resources/{Uri.EscapeDataString(c.Resource!)}", cancellationToken);
        if (one is not { } resource) return ConditionResult.Fails($"the control API does not know {c.Resource}.");
        var seen = $"{c.Resource} is {Text(resource, "state")}/{Text(resource, "health")}";
        return c.State switch
        {
            ResourceState.Healthy => ConditionResult.Is(Healthy(resource), seen),
            ResourceState.Unhealthy => ConditionResult.Is(!Healthy(resource), seen),
            _ => ConditionResult.Is(Text(resource, "state") == "Running", seen),
        };
    }

    private static bool Healthy(JsonElement r) => Text(r, "state") == "Running" && Text(r, "health") == "Healthy";

    private static string Text(JsonElement r, string name) =>
        r.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "none";
}
