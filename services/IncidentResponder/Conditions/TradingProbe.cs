using System.Globalization;
using System.Text.Json;
using GameDay.Contracts;
using GameDay.IncidentResponder.Actions;
using GameDay.Runbooks;

namespace GameDay.IncidentResponder.Conditions;

/// `trading active|halted [reason <r>]` and `pnl above loss limit` from the orchestrator's /pnl/status.
public sealed class TradingProbe(HttpActionClients http) : IConditionProbe
{
    public bool Handles(Condition condition) => condition is TradingCondition or PnlAboveLossLimitCondition;

    public async Task<ConditionResult> ProbeAsync(Condition condition, long incidentId, CancellationToken cancellationToken)
    {
        if (await http.ReadJsonAsync(HttpActionClients.Orchestrator, "pnl/status", cancellationToken) is not { } status)
        {
            return ConditionResult.Fails("the orchestrator did not answer /pnl/status.");
        }
        if (condition is PnlAboveLossLimitCondition) return AboveLossLimit(status);
        var c = (TradingCondition)condition;
        var state = status.TryGetProperty("state", out var s) ? s.GetString() : null;
        var reason = status.TryGetProperty("haltReason", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
        var seen = $"trading is {state}{(reason is null ? "" : $" ({reason})")}";
        var met = c.Halted
            ? state == TradingStates.Halted && (c.Reason is null || c.Reason == reason)
            : state == TradingStates.Active;
        return ConditionResult.Is(met, seen);
    }

    private static ConditionResult AboveLossLimit(JsonElement status)
    {
        var pnl = status.GetProperty("totalPnl").GetDecimal();
        var limit = status.GetProperty("dailyLossLimit").GetDecimal();
        return ConditionResult.Is(pnl > -limit, string.Create(CultureInfo.InvariantCulture, $"total PnL {pnl:N0} against the daily loss limit -{limit:N0}"));
    }
}
