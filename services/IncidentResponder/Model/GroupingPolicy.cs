namespace GameDay.IncidentResponder.Model;

/// The newest incident of an alert's key, as much as the grouping decision needs.
public sealed record IncidentGroupView(long Id, string State, DateTimeOffset? RecoveredAt, string? ScenarioRunId = null);

public sealed record GroupingDecision(GroupingAction Action, bool Flap, string Reason);

/// Where a firing alert goes (pure). An alert that resolved and fires again within the flap window
/// is a flap: it re-opens its incident (unless closed) instead of paging anew. An alert a drill's fault
/// caused only ever joins that drill's own incident: never one of another drill, whatever its state (a drill
/// that ended failed leaves its incident acknowledged or monitoring), nor one of no drill still open from
/// before the injection (its alert may clear a moment later and take the drill's page with it). The drill is
/// scored on an incident of its own, paged and measured from its own injection.
public static class GroupingPolicy
{
    public static GroupingDecision Decide(
        IncidentGroupView? latest, DateTimeOffset firedAt, DateTimeOffset? alertLastResolvedAt, TimeSpan flapWindow, string? scenarioRunId = null)
    {
        if (latest is null) return new(GroupingAction.OpenNew, false, "no incident for this runbook and resource");
        if (latest.State == IncidentStates.Closed)
        {
            return new(GroupingAction.OpenNew, false, $"incident {latest.Id} is closed");
        }

        if (scenarioRunId is not null && scenarioRunId != latest.ScenarioRunId)
        {
            return new(GroupingAction.OpenNew, false, $"incident {latest.Id} is {latest.State} and belongs to {latest.ScenarioRunId ?? "no drill"}; the alert comes from scenario run {scenarioRunId}");
        }

        var lastResolved = alertLastResolvedAt ?? latest.RecoveredAt;
        var withinWindow = lastResolved is not null && firedAt - lastResolved.Value <= flapWindow;
        return latest.State switch
        {
            IncidentStates.Monitoring => new(GroupingAction.Reopen, withinWindow,
                $"incident {latest.Id} was monitoring its recovery and the alert fired again"),
            IncidentStates.Resolved when withinWindow => new(GroupingAction.Reopen, true,
                $"incident {latest.Id} resolved less than {flapWindow} before the alert fired again"),
            IncidentStates.Resolved => new(GroupingAction.OpenNew, false,
                $"incident {latest.Id} resolved more than {flapWindow} before"),
            _ => new(GroupingAction.Attach, withinWindow && alertLastResolvedAt is not null,
                $"incident {latest.Id} is open ({latest.State})"),
        };
    }
}
