using System.Text.Json;
using GameDay.Contracts;

namespace GameDay.IncidentResponder.Actions;

/// `trading.unhalt {reason?}`: resume trading (from HALTED or REDUCING; the orchestrator refuses where its state machine
/// does). With `reason`, only a halt or pause for that reason is lifted — the one the runbook itself put in place; a halt
/// for anything else (a daily loss limit, an operator's) is not the runbook's to lift and the step fails.
public sealed class TradingUnhaltAction(HttpActionClients http) : IIncidentAction
{
    public string Name => "trading.unhalt";

    public async Task<ActionOutcome> ExecuteAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (context.Parameters.GetValueOrDefault("reason") is { Length: > 0 } reason)
        {
            if (await http.ReadJsonAsync(HttpActionClients.Orchestrator, "pnl/status", cancellationToken) is not { } status)
            {
                return ActionOutcome.Failed("the orchestrator did not answer /pnl/status; nothing was lifted.");
            }
            var state = Text(status, "state");
            if (state == TradingStates.Active) return ActionOutcome.Ok("trading is already ACTIVE; nothing to lift.");
            if (Text(status, "haltReason") is var current && current != reason)
            {
                return ActionOutcome.Failed($"trading is {state} for '{current}', not '{reason}': not this runbook's to lift; left to a person.");
            }
        }
        return await http.PostAsync(HttpActionClients.Orchestrator, "admin/orchestrate/unhalt", null, cancellationToken);
    }

    private static string? Text(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
