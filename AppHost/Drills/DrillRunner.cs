using System.Globalization;
using System.Net.Http.Json;
using GameDay.Chaos;
using GameDay.Contracts;
using GameDay.Hosting;
using GameDay.Hosting.Proxy;
using GameDay.Scenarios;

namespace GameDay.AppHost.Drills;

/// Runs one scenario end to end against a running stack: refuses an unhealthy or already faulted stack, checks
/// the steady state, switches the responder's mode, injects the faults, waits for detection and recovery,
/// reverts, checks the steady state and the invariants again, and keeps the journal. Cancelling aborts safely:
/// the run's faults are reverted, the responder's mode restored, and the journal says aborted.
public sealed partial class DrillRunner(DrillEnvironment env, TimeProvider time, IDrillObserver observer)
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);
    private readonly ProbeRunner probes = new(env, time);
    private readonly IncidentWatcher incidents = new(env);
    private readonly AlertWatcher alerts = new(env, time);

    public async Task<DrillJournal> RunAsync(Scenario scenario, DrillOptions options, CancellationToken ct)
    {
        var started = time.GetUtcNow();
        var journal = new DrillJournal
        {
            RunId = string.Create(CultureInfo.InvariantCulture, $"{scenario.Id}-{options.Seed}-{started:yyyyMMddTHHmmss}"),
            Scenario = scenario.Id, Title = scenario.Title, Seed = options.Seed, Mode = options.Mode, StartedAt = started,
        };
        string? previousMode = null;
        try
        {
            if (!await PreflightAsync(scenario, journal, options, ct))
            {
                journal.Outcome = DrillJournal.Refused;
                return journal;
            }
            previousMode = await SetModeAsync(options.Mode, journal, ct);
            await InjectAsync(scenario, journal, ct);
            var sighting = await AwaitDetectionAsync(scenario, journal, ct);
            await AwaitRecoveryAsync(scenario, journal, options, sighting, ct);
            await RevertAsync(journal, "the drill reverts its faults", ct);
            await CheckAfterAsync(scenario, journal, options, ct);
            journal.Outcome = journal.AllPassed ? DrillJournal.Passed : DrillJournal.Failed;
            await RecordResponderAccountAsync(journal, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // Whatever broke the drill (its own checks, or a client that threw what nobody foresaw), its faults are reverted.
            journal.Outcome = DrillJournal.Failed;
            Check(journal, "the drill ran to its end", false, e.Message);
            await RevertAsync(journal, "the drill failed", CancellationToken.None);
            await RecordResponderAccountAsync(journal, CancellationToken.None);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            journal.Outcome = DrillJournal.Aborted;
            Event(journal, "aborted", "the drill was cancelled; reverting its faults");
            await RevertAsync(journal, "the drill was aborted", CancellationToken.None);
        }
        finally
        {
            if (previousMode is not null) await RestoreModeAsync(previousMode, journal);
            journal.EndedAt = time.GetUtcNow();
        }
        return journal;
    }

    private static readonly TimeSpan PreflightHealthWait = TimeSpan.FromSeconds(30);

    private async Task<List<string>> UnhealthyAsync(CancellationToken ct) =>
        [.. (await env.Control.GetResourcesAsync(ct)).Where(r => !r.IsHealthy).Select(r => $"{r.Name} ({r.State}{(r.Health is { } h ? ", " + h : "")})")];

    private async Task<bool> PreflightAsync(Scenario scenario, DrillJournal journal, DrillOptions options, CancellationToken ct)
    {
        // A stack just started (or a probe slow under load) may be unhealthy for a moment: the drill waits a little for it
        // rather than refuse at the first look, and refuses with what is still unhealthy after that.
        var unhealthy = await UnhealthyAsync(ct);
        for (var healthyBy = time.GetUtcNow() + PreflightHealthWait; unhealthy.Count > 0 && time.GetUtcNow() < healthyBy;)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500), time, ct);
            unhealthy = await UnhealthyAsync(ct);
        }
        var active = await env.Control.Http.GetFromJsonAsync<List<FaultView>>("api/faults?active=true", ct) ?? [];
        if (unhealthy.Count > 0) Check(journal, "stack healthy before injection", false, $"not healthy: {string.Join(", ", unhealthy)}");
        if (active.Count > 0) Check(journal, "no fault active before injection", false, $"active: {string.Join(", ", active.Select(f => $"{f.Id} {f.Kind}"))} (./gameday heal)");
        if (unhealthy.Count > 0 || active.Count > 0) return false;
        await FailBackAsync(journal, ct);

        // The stack settles first (an earlier drill's after-effects: a backlog, an alert still firing): the steady
        // state must hold and none of the alerts this drill expects may be firing already.
        var settleBy = time.GetUtcNow() + options.SettleBefore;
        IReadOnlyList<(Probe Probe, ProbeRunner.Verdict Verdict)> results;
        DateTimeOffset? heldAt;
        IReadOnlyList<string> early;
        do
        {
            (results, heldAt) = await probes.AllHoldAsync(scenario.SteadyState, TimeSpan.Zero, ct);
            early = [.. (await Tolerant(() => alerts.FiringAsync(ct), new HashSet<string>())).Intersect(scenario.Expect.Alerts)];
            if (heldAt is not null && early.Count == 0) break;
            await Task.Delay(Poll * 2, time, ct);
        }
        while (time.GetUtcNow() < settleBy);
        foreach (var (probe, verdict) in results) Check(journal, $"steady state before: {probe.Describe()}", verdict.Holds, verdict.Detail);
        if (early.Count > 0) Check(journal, "expected alerts quiet before injection", false, $"already firing: {string.Join(", ", early)}");
        await alerts.BaselineAsync(ct); // alerts already firing are not this drill's detections
        return heldAt is not null && early.Count == 0;
    }

    /// Every endpoint back on its primary network path: an earlier incident's runbook may have failed one over (a
    /// DatabaseLatencyHigh after a PostgreSQL restart), and nothing else fails back while no network fault is reverted.
    /// A network fault of this drill on the primary path would otherwise miss the traffic altogether.
    private async Task FailBackAsync(DrillJournal journal, CancellationToken ct)
    {
        foreach (var resource in (await env.Control.GetResourcesAsync(ct)).Where(r => r.Endpoints.Any(e => e.Path == ProxyPath.Standby)))
        {
            var result = await env.Control.ExecuteCommandAsync(resource.Name, ResourceCommands.FailbackPath, $"drill {journal.RunId}", ct);
            Event(journal, "failback", result.Message);
        }
    }

    private async Task InjectAsync(Scenario scenario, DrillJournal journal, CancellationToken ct)
    {
        journal.InjectedAt = time.GetUtcNow();
        foreach (var step in scenario.Faults.OrderBy(f => f.At))
        {
            var due = journal.InjectedAt.Value + step.At;
            if (due > time.GetUtcNow()) await Task.Delay(due - time.GetUtcNow(), time, ct);
            using var response = await env.Control.Http.PostAsJsonAsync("api/faults", new FaultRequest(
                step.Kind, step.Target, new Dictionary<string, string>(step.With), $"{(long)step.Duration.TotalMilliseconds}ms", journal.RunId), ct);
            if (!response.IsSuccessStatusCode)
            {
                var problem = await response.Content.ReadAsStringAsync(ct);
                throw new DrillException($"{scenario.File}:{step.Line}: the AppHost refused {step.Kind}: {problem}");
            }
            var fault = (await response.Content.ReadFromJsonAsync<FaultView>(ct))!;
            journal.Faults.Add(fault);
            Event(journal, "inject", $"{fault.Id} {fault.Kind} on {fault.Target ?? "the stack"}: {fault.Detail}");
        }
    }

    private async Task<IncidentWatcher.Sighting?> AwaitDetectionAsync(Scenario scenario, DrillJournal journal, CancellationToken ct)
    {
        var injected = journal.InjectedAt!.Value;
        var deadline = injected + scenario.Expect.DetectedWithin;
        IncidentWatcher.Sighting? sighting = null;
        // Alerts must fire within the bound; the incident may come a moment after the last of them.
        // Several incidents may open (a complete outage also downs the risk manager): wait for the expected runbook's.
        while (time.GetUtcNow() < deadline + TimeSpan.FromSeconds(15)
               && (sighting?.Runbook != scenario.Expect.Runbook || sighting.Severity != scenario.Expect.Severity || !ExpectedAlertsFired(scenario)))
        {
            foreach (var name in await Tolerant(() => alerts.PollAsync(ct), [])) Event(journal, "alert", $"{name} firing");
            if (sighting?.Runbook != scenario.Expect.Runbook || sighting.Severity != scenario.Expect.Severity) sighting = await Tolerant(() => FindIncidentAsync(scenario, journal, injected, sighting, ct), sighting);
            await Task.Delay(Poll, time, ct);
        }
        foreach (var name in scenario.Expect.Alerts)
        {
            var firedAt = alerts.FirstFiring.GetValueOrDefault(name);
            var inTime = firedAt != default && firedAt <= deadline;
            Check(journal, $"alert {name} fired within {Seconds(scenario.Expect.DetectedWithin)}", inTime,
                firedAt == default ? "never fired" : $"fired after {Seconds(firedAt - injected)}");
        }
        CheckIncident(scenario, journal, sighting);
        return sighting;
    }

    private async Task<IncidentWatcher.Sighting?> FindIncidentAsync(
        Scenario scenario, DrillJournal journal, DateTimeOffset injected, IncidentWatcher.Sighting? seen, CancellationToken ct)
    {
        var found = await incidents.SinceAsync(injected, ct);
        // Several incidents of one runbook (one per slow service) are judged by the most severe, as the room would.
        var match = found.Where(s => s.Runbook == scenario.Expect.Runbook).OrderBy(s => s.Severity, StringComparer.Ordinal).FirstOrDefault()
            ?? seen ?? found.FirstOrDefault();
        if (match is not null && (match.Id != seen?.Id || match.Severity != seen.Severity))
        {
            journal.IncidentId = match.Id;
            Event(journal, "incident", $"#{match.Id} {match.Severity} runbook {match.Runbook ?? "-"} ({match.State})");
        }
        return match;
    }

    /// Prometheus or the responder may not answer while a fault lasts (the responder keeps its incidents in the
    /// database a drill may have stopped): that is "not seen yet", not a failed drill.
    private static async Task<T> Tolerant<T>(Func<Task<T>> read, T fallback)
    {
        try
        {
            return await read();
        }
        catch (Exception e) when (e is not OperationCanceledException || e is TaskCanceledException)
        {
            // However the client reports it (HttpClient also throws a raw SocketException when the peer hangs up
            // right after the connect); the drill's own stop (OperationCanceledException) still ends the drill.
            return fallback;
        }
    }

    private bool ExpectedAlertsFired(Scenario scenario) => scenario.Expect.Alerts.All(alerts.FirstFiring.ContainsKey);
}
