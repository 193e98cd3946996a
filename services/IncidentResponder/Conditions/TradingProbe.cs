using System.Text.Json;
using GameDay.Contracts;
using GameDay.IncidentResponder.Actions;
using GameDay.Runbooks;

namespace GameDay.IncidentResponder.Conditions;

/// `trading active|halted [reason <r>]` from the orchestrator's /pnl/status.
public sealed class TradingProbe(HttpActionClients http) : IConditionProbe
{
    public bool Handles(Condition condition) => condition is TradingCondition;

    public async Task<ConditionResult> ProbeAsync(Condition condition, long incidentId, CancellationToken cancellationToken)
    {
        var c = (TradingCondition)condition;
        if (await http.ReadJsonAsync(HttpActionClients.Orchestrator, "pnl/status", cancellationToken) is not { } status)
        {
            return ConditionResult.Fails("the orchestrator did not answer /pnl/status.");
        }
        var state = status.TryGetProperty("state", out var s) ? s.GetString() : null;
        var reason = status.TryGetProperty("haltReason", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
        var seen = $"trading is {state}{(reason is null ? "" : $" ({reason})")}";
        var met = c.Halted
            ? state == TradingStates.Halted && (c.Reason is null || c.Reason == reason)
            : state == TradingStates.Active;
        return ConditionResult.Is(met, seen);
    }
}
