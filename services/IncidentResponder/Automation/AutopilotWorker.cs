using System.Collections.Concurrent;
using GameDay.Messaging;

namespace GameDay.IncidentResponder.Automation;

/// Runs queued incidents in the background, each in its own task: a long verification of one incident
/// never holds up another (the runner serialises mitigations per target). A re-fire counts against the
/// breaker for the mitigations the previous run applied, and asks again for approvals.
public sealed partial class AutopilotWorker(
    Autopilot autopilot, SchemaReady schemaReady, RunbookCatalog catalog, IncidentRunSource source, RunbookRunner runner,
    FixBreaker breaker, ApprovalGate approvals, TimeProvider time, ILogger<AutopilotWorker> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<long, IReadOnlyList<(string Step, string Target)>> applied = new();
    private readonly TargetLocks incidents = new();
    private readonly ConcurrentDictionary<Task, byte> running = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await schemaReady.WaitAsync(stoppingToken);
        try
        {
            await foreach (var queued in autopilot.Queue.ReadAllAsync(stoppingToken))
            {
                var run = RunAsync(queued.Change, queued.DryRun, queued.Trainee, stoppingToken);
                running.TryAdd(run, 0);
                _ = run.ContinueWith(done => running.TryRemove(done, out _), TaskScheduler.Default);
            }
        }
        finally
        {
            await Task.WhenAll(running.Keys).WaitAsync(TimeSpan.FromSeconds(5), CancellationToken.None).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private async Task RunAsync(IncidentChange change, bool dryRun, bool trainee, CancellationToken cancellationToken)
    {
        await Task.Yield();
        try
        {
            if (await source.ReadAsync(change.IncidentId, cancellationToken) is not { Runbook: { } runbookId } subject) return;
            if (catalog.Find(runbookId) is not { } runbook)
            {
                LogNoRunbook(change.IncidentId, runbookId);
                return;
            }
            if (change.Kind == IncidentChangeKinds.Reopened)
            {
                foreach (var (step, target) in applied.GetValueOrDefault(change.IncidentId) ?? []) breaker.RecordFailure(step, target, time.GetUtcNow());
                foreach (var step in runbook.Steps) approvals.Reset(change.IncidentId, step.Id);
            }
            using var _ = await incidents.AcquireAsync($"incident/{change.IncidentId}", cancellationToken);
            var result = await runner.RunAsync(new RunRequest(change.IncidentId, runbook, subject.Labels, dryRun) { Trainee = trainee }, cancellationToken);
            applied[change.IncidentId] = result.Mitigations;
            LogRun(change.IncidentId, runbook.Id, result.Outcome);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogFailed(ex, change.IncidentId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Incident {IncidentId} names runbook {Runbook}, which the autopilot does not have")]
    private partial void LogNoRunbook(long incidentId, string runbook);

    [LoggerMessage(Level = LogLevel.Information, Message = "Autopilot ran runbook {Runbook} for incident {IncidentId}: {Outcome}")]
    private partial void LogRun(long incidentId, string runbook, string outcome);

    [LoggerMessage(Level = LogLevel.Error, Message = "Autopilot run for incident {IncidentId} failed")]
    private partial void LogFailed(Exception ex, long incidentId);
}
