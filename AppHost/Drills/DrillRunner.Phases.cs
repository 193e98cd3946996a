using System.Net.Http.Json;
using System.Text.Json;
using GameDay.AppHost.Invariants;
using GameDay.Chaos;
using GameDay.Contracts;
using GameDay.Scenarios;

namespace GameDay.AppHost.Drills;

/// The drill's later phases: recovery, revert, the checks after, the responder's mode, and the journal helpers.
public sealed partial class DrillRunner
{
    private async Task AwaitRecoveryAsync(
        Scenario scenario, DrillJournal journal, DrillOptions options, IncidentWatcher.Sighting? sighting, CancellationToken ct)
    {
        var injected = journal.InjectedAt!.Value;
        var bound = options.IsTrainee ? options.TimeLimit : scenario.Expect.RecoveredWithin;
        var deadline = injected + bound;
        IReadOnlyList<Probe> recovery = [.. scenario.Expect.Recovered.Concat(scenario.SteadyState).DistinctBy(p => p.Describe())];
        using var approving = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var approver = options.ApproveGatedSteps && !options.IsTrainee
            ? new GateApprover(env, time).RunAsync(() => sighting is null ? [] : [sighting.Id], journal.RunId, text => Event(journal, "approve", text), approving.Token)
            : Task.CompletedTask;
        var (results, heldAt, incidentState) = await RecoveredAsync(recovery, injected, deadline, sighting, ct);
        // What each of the scenario's own recovery probes measured goes on the record (the evidence that the drill's
        // branch was exercised, e.g. trades recorded from the venue's history), and so does every probe that failed.
        foreach (var (probe, verdict) in results.Where(r => !r.Verdict.Holds || scenario.Expect.Recovered.Contains(r.Probe)))
        {
            Event(journal, "probe", $"{(verdict.Holds ? "holds" : "fails")}: {probe.Describe()}: {verdict.Detail}");
        }
        Check(journal, $"recovered within {Seconds(bound)}{(options.IsTrainee ? " (the trainee's time)" : "")}", heldAt is not null,
            heldAt is { } at ? $"every recovery probe held after {Seconds(at - injected)}"
            : results.All(r => r.Verdict.Holds) ? $"the probes hold but incident #{sighting?.Id} is still {incidentState}: its alerts have not cleared"
            : $"still failing: {Failing(results)}");
        if (heldAt is { } recovered) Event(journal, "recovered", $"recovery probes hold after {Seconds(recovered - injected)}");

        string? state = null;
        if (sighting is not null)
        {
            // The incident resolves after its alerts stay clear through the responder's stabilisation window. A drill
            // that did not recover by its deadline gets no such grace: its fault is still active, its alerts too.
            var resolveBy = heldAt is { } held ? held + TimeSpan.FromSeconds(45) : time.GetUtcNow();
            while ((state = await Tolerant(() => incidents.StateAsync(sighting.Id, ct), null)) is not ("resolved" or "closed") && time.GetUtcNow() < resolveBy)
                await Task.Delay(Poll, time, ct);
            Check(journal, $"incident #{sighting.Id} resolved", state is "resolved" or "closed", $"state {state}");
            if (state is "resolved" or "closed") Event(journal, "resolved", $"incident #{sighting.Id} {state}");
        }
        await approving.CancelAsync();
        await approver.ContinueWith(_ => { }, TaskScheduler.Default);
        if (options.IsTrainee && sighting is not null) await GradeTraineeAsync(journal, sighting, injected, ct);
        var refreshed = sighting is null ? null : (await Tolerant(() => incidents.SinceAsync(injected, ct), [])).FirstOrDefault(s => s.Id == sighting.Id) ?? sighting;
        journal.Measures = new DrillMeasures(
            refreshed is null ? null : (refreshed.DetectedAt - injected).TotalSeconds,
            refreshed?.AcknowledgedAt is { } ack ? (ack - refreshed.DetectedAt).TotalSeconds : null,
            heldAt is { } r ? (r - injected).TotalSeconds : null);
    }

    /// Recovered once every probe holds and the drill's incident has seen its alerts clear (monitoring or later).
    /// Probes alone may hold before the response has even begun (a steady state the responder is about to break
    /// by halting trading): that is not recovery, and the drill would end in the middle of the mitigation.
    private async Task<(IReadOnlyList<(Probe Probe, ProbeRunner.Verdict Verdict)> Results, DateTimeOffset? HeldAt, string? IncidentState)> RecoveredAsync(
        IReadOnlyList<Probe> recovery, DateTimeOffset injectedAt, DateTimeOffset deadline, IncidentWatcher.Sighting? sighting, CancellationToken ct)
    {
        while (true)
        {
            var left = deadline - time.GetUtcNow();
            var (results, heldAt) = await probes.AllHoldAsync(recovery, left > TimeSpan.Zero ? left : TimeSpan.Zero, ct, injectedAt);
            if (heldAt is null || sighting is null) return (results, heldAt, null);
            var state = await Tolerant(() => incidents.StateAsync(sighting.Id, ct), null);
            if (state is "monitoring" or "resolved" or "closed") return (results, heldAt, state);
            if (time.GetUtcNow() >= deadline) return (results, null, state);
            await Task.Delay(Poll, time, ct);
        }
    }

    /// Trainee mode: what the person did, read from the responder (the steps they reported, who acknowledged) and
    /// the control API (what they did to the resources), graded against the incident's runbook.
    private async Task GradeTraineeAsync(DrillJournal journal, IncidentWatcher.Sighting sighting, DateTimeOffset injected, CancellationToken ct)
    {
        using var responder = env.Client(ResourceNames.IncidentResponder, false);
        var steps = (await responder.GetFromJsonAsync<JsonElement>($"/api/incidents/{sighting.Id}/steps", ct)).EnumerateArray()
            .Select(s => new TraineeGrader.Step(s.GetProperty("stepId").GetString()!, s.GetProperty("kind").GetString()!, s.GetProperty("action").GetString()!,
                s.GetProperty("status").GetString()!, s.GetProperty("detail").GetString()!, s.GetProperty("target").GetString()))
            .ToList();
        var acknowledged = (await responder.GetFromJsonAsync<JsonElement>($"/api/incidents/{sighting.Id}/timeline", ct)).EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "acknowledged" && e.GetProperty("at").GetDateTimeOffset() >= sighting.DetectedAt)
            .Select(e => new TraineeGrader.Acknowledgement(e.GetProperty("data").GetProperty("by").GetString() ?? "?", e.GetProperty("at").GetDateTimeOffset()))
            .FirstOrDefault();
        var actions = (await env.Control.Http.GetFromJsonAsync<List<JsonElement>>($"api/actions?since={Uri.EscapeDataString(injected.ToString("O"))}", ct) ?? [])
            .Select(a => new TraineeGrader.Action(a.GetProperty("at").GetDateTimeOffset(), a.GetProperty("resource").GetString()!,
                a.GetProperty("action").GetString()!, a.GetProperty("succeeded").GetBoolean(), a.GetProperty("by").GetString()!))
            .ToList();
        var reported = steps.Count(s => s.Status == "done");
        Event(journal, "trainee", $"{reported} of {steps.Count(s => s.Status != "not_applicable")} steps reported done; {actions.Count} action(s) on the control API");
        foreach (var mark in TraineeGrader.Grade(steps, actions, acknowledged, sighting.DetectedAt, injected)) Check(journal, mark.Name, mark.Passed, mark.Detail);
    }

    /// The drill's incidents are closed once resolved, as a facilitator does after the review: the next drill then
    /// opens new incidents instead of re-opening these (which the breaker would count as fixes that did not hold).
    private async Task CloseIncidentsAsync(DrillJournal journal, CancellationToken ct)
    {
        using var responder = env.Client(ResourceNames.IncidentResponder, true);
        var settleBy = time.GetUtcNow() + TimeSpan.FromSeconds(30);
        IReadOnlyList<IncidentWatcher.Sighting> caused;
        // Incidents still monitoring their recovery resolve within the responder's stabilisation window.
        while ((caused = await Tolerant(() => incidents.SinceAsync(journal.InjectedAt!.Value, ct), [])).Any(s => s.State == "monitoring")
               && time.GetUtcNow() < settleBy)
            await Task.Delay(Poll, time, ct);
        foreach (var sighting in caused)
        {
            if (sighting.State != "resolved")
            {
                Event(journal, "incident", $"#{sighting.Id} ({sighting.Runbook}) is still {sighting.State}; left open");
                continue;
            }
            using var response = await responder.PostAsync($"/api/incidents/{sighting.Id}/close", null, ct);
            Event(journal, "closed", response.IsSuccessStatusCode ? $"incident #{sighting.Id} ({sighting.Runbook}) closed" : $"closing #{sighting.Id} failed ({(int)response.StatusCode})");
        }
    }

    private async Task RevertAsync(DrillJournal journal, string reason, CancellationToken ct)
    {
        using var response = await env.Control.Http.PostAsync($"api/faults/heal?runId={Uri.EscapeDataString(journal.RunId)}", null, ct);
        var reverted = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<List<FaultView>>(ct) ?? [] : [];
        foreach (var fault in reverted) Event(journal, "revert", $"{fault.Id} {fault.Kind}: {fault.RevertDetail} ({reason})");
        var all = await env.Control.Http.GetFromJsonAsync<List<FaultView>>("api/faults", ct) ?? [];
        journal.Faults.Clear();
        journal.Faults.AddRange(all.Where(f => f.RunId == journal.RunId));
        var left = journal.Faults.Where(f => f.State != FaultStates.Reverted).ToList();
        Check(journal, "every fault reverted", left.Count == 0, left.Count == 0 ? $"{journal.Faults.Count} reverted" : $"still active: {string.Join(", ", left.Select(f => f.Id))}");
    }

    private async Task CheckAfterAsync(Scenario scenario, DrillJournal journal, DrillOptions options, CancellationToken ct)
    {
        var (results, _) = await probes.AllHoldAsync(scenario.SteadyState, options.SettleAfterRevert, ct);
        foreach (var (probe, verdict) in results) Check(journal, $"steady state after: {probe.Describe()}", verdict.Holds, verdict.Detail);
        var deadline = time.GetUtcNow() + options.SettleAfterRevert;
        IReadOnlyList<InvariantResult> invariants;
        while (true)
        {
            invariants = await new InvariantChecker(time).CheckAsync(env.Invariants, ct, scenario.Invariants);
            if (invariants.All(r => r.Passed) || time.GetUtcNow() >= deadline) break;
            await Task.Delay(Poll * 2, time, ct);
        }
        foreach (var result in invariants)
            Check(journal, $"invariant {result.Name}", result.Passed, result.Passed ? "holds" : string.Join("; ", result.Violations.Take(5)));
        if (scenario.Expect.Halted is { } halted) await CheckHaltAsync(scenario, journal, halted, ct);
        await CloseIncidentsAsync(journal, ct);
    }

    private async Task CheckHaltAsync(Scenario scenario, DrillJournal journal, bool halted, CancellationToken ct)
    {
        using var orchestrator = env.Client(ResourceNames.Orchestrator, false);
        var status = await orchestrator.GetFromJsonAsync<JsonElement>("/pnl/status", ct);
        var isHalted = status.GetProperty("halted").GetBoolean();
        var reason = status.TryGetProperty("haltReason", out var r) ? r.GetString() : null;
        var expected = halted ? $"trading halted ({scenario.Expect.HaltReason ?? "any reason"})" : "trading";
        Check(journal, $"{expected} at the end", isHalted == halted && (!halted || scenario.Expect.HaltReason is null || reason == scenario.Expect.HaltReason),
            isHalted ? $"halted, reason {reason}" : "trading");
    }

    private async Task<string> SetModeAsync(string mode, DrillJournal journal, CancellationToken ct)
    {
        using var responder = env.Client(ResourceNames.IncidentResponder, true);
        var before = (await responder.GetFromJsonAsync<JsonElement>("/api/automation", ct)).GetProperty("mode").GetString()!;
        (await responder.PutAsJsonAsync("/api/automation", new { mode, dryRun = false, by = $"drill {journal.RunId}" }, ct)).EnsureSuccessStatusCode();
        Event(journal, "mode", $"responder automation {mode} (was {before})");
        return before;
    }

    private async Task RestoreModeAsync(string mode, DrillJournal journal)
    {
        using var responder = env.Client(ResourceNames.IncidentResponder, true);
        using var response = await responder.PutAsJsonAsync("/api/automation", new { mode, dryRun = false, by = $"drill {journal.RunId}" });
        Event(journal, "mode", $"responder automation back to {mode}{(response.IsSuccessStatusCode ? "" : $" failed: {(int)response.StatusCode}")}");
    }

    private void CheckIncident(Scenario scenario, DrillJournal journal, IncidentWatcher.Sighting? sighting)
    {
        Check(journal, $"incident {scenario.Expect.Severity}", sighting?.Severity == scenario.Expect.Severity,
            sighting is null ? "no incident opened" : $"#{sighting.Id} is {sighting.Severity}");
        Check(journal, $"runbook {scenario.Expect.Runbook} chosen", sighting?.Runbook == scenario.Expect.Runbook,
            sighting is null ? "no incident opened" : $"#{sighting.Id} follows {sighting.Runbook ?? "no runbook"}");
    }

    private static string Failing(IReadOnlyList<(Probe Probe, ProbeRunner.Verdict Verdict)> results) =>
        string.Join("; ", results.Where(r => !r.Verdict.Holds).Select(r => $"{r.Probe.Describe()} ({r.Verdict.Detail})"));

    /// The responder's own account of its incident (what each step did, and why one stopped) joins the drill's
    /// timeline at the responder's times: the report shows what was done between detection and recovery, and a
    /// failed drill's journal, report and CI log say why recovery did not happen.
    private async Task RecordResponderAccountAsync(DrillJournal journal, CancellationToken ct)
    {
        if (journal.IncidentId is not { } id || journal.InjectedAt is not { } injected) return;
        try
        {
            foreach (var (at, line) in await incidents.TimelineAsync(id, injected, ct)) Event(journal, "responder", $"#{id} {line}", at);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            Event(journal, "responder", $"#{id} timeline not readable: {e.Message}");
        }
    }

    private void Check(DrillJournal journal, string name, bool passed, string detail)
    {
        var check = new DrillCheck(name, passed, detail, time.GetUtcNow());
        journal.Checks.Add(check);
        observer.OnCheck(check);
    }

    /// An event now, or at a time another party recorded it (kept in time order among the others).
    private void Event(DrillJournal journal, string kind, string text, DateTimeOffset? at = null)
    {
        var when = at ?? time.GetUtcNow();
        var drillEvent = new DrillEvent(when, journal.InjectedAt is { } injected ? Math.Round((when - injected).TotalSeconds, 1) : -1, kind, text);
        var index = journal.Events.FindLastIndex(e => e.At <= when) + 1;
        journal.Events.Insert(index, drillEvent);
        observer.OnEvent(drillEvent);
    }

    private static string Seconds(TimeSpan span) => $"{span.TotalSeconds:0.#}s";
}
