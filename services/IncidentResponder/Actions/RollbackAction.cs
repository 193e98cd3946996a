using System.Net.Http.Json;
using System.Text.Json;

namespace GameDay.IncidentResponder.Actions;

/// `resource.rollback`: the last deployment undone — its configuration changes dropped (`resource.restore-config`) and
/// the resource restarted on the last known good configuration, as `kubectl rollout undo` does both. With nothing to
/// roll back it changes nothing: a restart alone would not undo a cause that lives in the code or the data.
public sealed class RollbackAction(HttpActionClients http) : IIncidentAction
{
    public string Name => "resource.rollback";

    public async Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var resource = context.Required("resource");
        using var response = await http.Client(HttpActionClients.Control)
            .DeleteAsync($"api/resources/{Uri.EscapeDataString(resource)}/config", cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return ActionOutcome.Failed($"restoring the configuration of {resource}: {(int)response.StatusCode} " +
                HttpActionClients.Trim(await response.Content.ReadAsStringAsync(cancellationToken)));
        }

        var restored = (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("restored")
            .EnumerateArray().Select(k => k.GetString()).ToList();
        if (restored.Count == 0)
        {
            return ActionOutcome.Ok($"nothing to roll back: {resource} runs its declared configuration; not restarted.");
        }

        var restart = await http.ResourceCommandAsync(resource, "restart", cancellationToken);
        var rolledBack = $"rolled back {string.Join(", ", restored)} of {resource}";
        return restart.Succeeded
            ? ActionOutcome.Ok($"{rolledBack}; restarted on the last known good configuration: {restart.Detail}")
            : ActionOutcome.Failed($"{rolledBack}, but the restart failed: {restart.Detail}");
    }
}
