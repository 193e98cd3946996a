using GameDay.IncidentResponder.Actions;
using GameDay.Runbooks;

namespace GameDay.IncidentResponder.Conditions;

/// `stream <s> group <g> pending|lag <op> N` and `stream <s> dlq length <op> N`, from the orchestrator's stream routes.
/// A stream or group that does not exist has nothing pending and no lag; a lag Redis cannot tell fails the condition.
public sealed class StreamProbe(HttpActionClients http) : IConditionProbe
{
    public bool Handles(Condition condition) => condition is StreamCondition;

    public async Task<ConditionResult> ProbeAsync(Condition condition, long incidentId, CancellationToken cancellationToken)
    {
        var c = (StreamCondition)condition;
        var stream = Uri.EscapeDataString(c.Stream);
        var (path, field) = c.Measure switch
        {
            StreamMeasure.Pending => ($"admin/streams/pending?stream={stream}&group={Uri.EscapeDataString(c.Group!)}", "pending"),
            StreamMeasure.Lag => ($"admin/streams/pending?stream={stream}&group={Uri.EscapeDataString(c.Group!)}", "lag"),
            _ => ($"admin/streams/dlq?stream={stream}&limit=1", "length"),
        };
        using var response = await http.Client(HttpActionClients.Orchestrator).GetAsync(path, cancellationToken);
        long count;
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound) count = 0;
        else if (!response.IsSuccessStatusCode) return ConditionResult.Fails($"the orchestrator answered {(int)response.StatusCode} for {path}.");
        else
        {
            var body = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<System.Text.Json.JsonElement>(response.Content, cancellationToken);
            var value = body.GetProperty(field);
            if (value.ValueKind != System.Text.Json.JsonValueKind.Number) return ConditionResult.Fails($"{c.Stream}: Redis does not know the {field} of group {c.Group}.");
            count = value.GetInt64();
        }
        return ConditionResult.Is(c.Comparison.IsSatisfiedBy(count), $"{c.Stream} {field} = {count}");
    }
}
