namespace GameDay.IncidentResponder.Model;

/// Writes the post-mortem from what the responder knows: the incident, its alerts and timeline, the mitigations
/// done and the verify steps' verdicts on the recovery checklist.
/// Root cause is the injecting scenario when known, otherwise the alerts' own account.
public static class PostmortemGenerator
{
    public static Postmortem Generate(
        Incident incident, IReadOnlyList<IncidentAlert> alerts, IReadOnlyList<TimelineEntry> timeline, IReadOnlyList<Mitigation> mitigations,
        IReadOnlyList<ChecklistEvidence> checklist, DateTimeOffset now)
    {
        var times = incident.Times;
        var measures = IncidentMeasures.From(times);
        var start = times.FaultInjectedAt ?? times.FirstSignalAt;
        var services = alerts.Select(a => a.Resource).OfType<string>().Append(incident.Resource).OfType<string>().Distinct().Order().ToList();
        var summary = new PostmortemSummary(start, times.ResolvedAt, times.ResolvedAt is { } end ? Math.Round((end - start).TotalSeconds, 3) : null,
            services, ImpactText.For(incident), incident.ScenarioRunId, incident.Flaps, incident.EscalationLevel, incident.Paged);
        return new Postmortem(incident.Id, incident.Title, incident.Severity, summary, measures, timeline,
            RootCause(incident, alerts, measures), Resolution(incident, mitigations), ActionItems(incident, measures),
            RecoveryChecklist.From(alerts, checklist), WentWell(incident, measures), Improve(incident, measures),
            Lessons(incident), now);
    }

    public static string RootCauseLine(Incident incident) => incident.ScenarioRunId is { } run
        ? $"fault injected by scenario run {run}{(incident.Times.FaultInjectedAt is { } at ? $" at {at.UtcDateTime:O}" : "")}"
        : $"not established: the alerts report {incident.Title}";

    private static PostmortemRootCause RootCause(Incident incident, IReadOnlyList<IncidentAlert> alerts, IncidentMeasures measures)
    {
        var factors = alerts.Select(a => $"{a.AlertName}: {a.Summary}").Distinct().ToList();
        factors.AddRange(incident.Classification?.Reasons.Where(r => r.Rule != "severity-label").Select(r => $"classification {r.Rule}: {r.Detail}") ?? []);
        var delay = measures.MttdSeconds is > 60
            ? $"detection took {measures.MttdSeconds:0.#} s (from {measures.Basis}); review the alert's `for` and the group wait"
            : null;
        return new PostmortemRootCause(RootCauseLine(incident), factors, delay);
    }

    public static string Resolution(Incident incident, IReadOnlyList<Mitigation> mitigations)
    {
        var done = mitigations.Count == 0
            ? "no mitigation was recorded by the responder (the fault cleared, or people acted outside it)"
            : "mitigated by " + string.Join("; ", mitigations.Select(m => m.Describe()));
        return incident.Times.RecoveredAt is { } recovered
            ? $"{done}; all alerts cleared at {recovered.UtcDateTime:O} and stayed clear through the stabilisation window"
            : $"{done}; resolved without the alerts clearing";
    }

    private static List<string> ActionItems(Incident incident, IncidentMeasures measures)
    {
        var items = new List<string> { $"Review runbook runbooks/{incident.Runbook ?? "unknown"}.md against this timeline" };
        if (incident.ScenarioRunId is null) items.Add("Establish the root cause and add it to this post-mortem");
        if (measures.MttaSeconds is null && incident.Paged) items.Add("Nobody acknowledged the page: check the on-call rotation and the ack timeout");
        if (incident.Flaps > 0) items.Add($"The alert flapped {incident.Flaps} time(s): check whether the fix holds and the alert's thresholds");
        items.Add("Complete the recovery validation checklist");
        return items;
    }

    private static List<string> WentWell(Incident incident, IncidentMeasures measures)
    {
        var list = new List<string> { $"Detected {measures.MttdSeconds:0.###} s after the {Basis(measures)}" };
        if (measures.MttrSeconds is { } mttr) list.Add($"Recovered {mttr:0.###} s after the {Basis(measures)}");
        if (incident.EscalationLevel <= 1 && incident.Paged) list.Add("No escalation beyond the primary contact was needed");
        return list;
    }

    private static List<string> Improve(Incident incident, IncidentMeasures measures)
    {
        var list = new List<string>();
        if (incident.Paged && measures.MttaSeconds is null) list.Add("The page was never acknowledged");
        if (incident.EscalationLevel > 1) list.Add($"Escalated to level {incident.EscalationLevel} before acknowledgement");
        if (incident.Flaps > 0) list.Add("The incident flapped before it stabilised");
        if (incident.Classification?.Context.Pnl is null) list.Add("The trading context was unknown at classification");
        return list;
    }

    private static List<string> Lessons(Incident incident) =>
        incident.ScenarioRunId is null
            ? ["Without a scenario run id the injection time is unknown; MTTD and MTTR start at the first signal"]
            : [$"Drill {incident.ScenarioRunId}: compare MTTD and MTTR with the scenario's targets"];

    private static string Basis(IncidentMeasures measures) =>
        measures.Basis == IncidentMeasures.FromInjection ? "fault injection" : "first signal";
}
