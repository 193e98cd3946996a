using GameDay.IncidentResponder.Automation;
using GameDay.IncidentResponder.Model;
using GameDay.Messaging;
using GameDay.ServiceDefaults.Workers;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GameDay.IncidentResponder.Infrastructure;

/// The clock-driven half of the lifecycle: resolves incidents whose alerts stayed clear through the
/// stabilisation window once no runbook step of theirs is still running (the autopilot's mitigation and its
/// verification finish before the incident resolves), escalates unacknowledged pages, refreshes the open-incident gauge.
public sealed class ResponderLoop(
    NpgsqlDataSource dataSource, SchemaReady schemaReady, IncidentLifecycle lifecycle, IncidentPaging paging,
    ResponderMetrics metrics, WatchdogMonitor watchdog, AutomationDispatcher automation, IOptions<ResponderOptions> options,
    TimeProvider time, ILogger<ResponderLoop> logger) : BackgroundService
{
    /// Longer than any step's action plus its longest `within` (15 minutes in the runbooks).
    private static readonly TimeSpan MaxStepDuration = TimeSpan.FromMinutes(20);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await schemaReady.WaitAsync(stoppingToken);
        var watchdogLoaded = false;
        await new WorkerLoop("incident-lifecycle", time, logger).RunPeriodicAsync(options.Value.LoopInterval, async ct =>
        {
            watchdogLoaded = watchdogLoaded || await LoadWatchdogAsync(ct);
            await TickAsync(ct);
        }, stoppingToken);
    }

    public async Task TickAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var tx = await IncidentTransaction.BeginAsync(dataSource, cancellationToken);
        // A step left 'running' by a responder that died mid-step holds nothing up for longer than the longest step.
        var stable = await tx.IdsAsync(
            "SELECT id FROM incidents i WHERE state = 'monitoring' AND recovered_at IS NOT NULL AND recovered_at <= $1 " +
            "AND NOT EXISTS (SELECT 1 FROM incident_steps s WHERE s.incident_id = i.id AND s.status = $3 AND s.started_at > $2) ORDER BY id",
            cancellationToken, now - options.Value.StabilisationWindow, now - MaxStepDuration, StepStatuses.Running);
        foreach (var id in stable)
        {
            var incident = (await tx.LoadAsync(id, cancellationToken))!;
            var why = $"every alert stayed clear for the stabilisation window ({Durations.Format(options.Value.StabilisationWindow)}) and no runbook step is running";
            await tx.UpdateAsync(await lifecycle.ResolveAsync(tx, incident, why, now, cancellationToken), cancellationToken);
        }

        var unacknowledged = await tx.IdsAsync(
            "SELECT id FROM incidents WHERE state = 'triggered' AND paged AND acknowledged_at IS NULL ORDER BY id", cancellationToken);
        foreach (var id in unacknowledged)
        {
            if (await paging.EscalateIfDueAsync(tx, (await tx.LoadAsync(id, cancellationToken))!, now, cancellationToken) is { } escalated)
            {
                await tx.UpdateAsync(escalated, cancellationToken);
            }
        }

        var open = await OpenCountsAsync(tx, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        metrics.SetOpen(open);
        await automation.DispatchAsync(tx.Changes, cancellationToken);
    }

    private static async Task<Dictionary<Severity, int>> OpenCountsAsync(IncidentTransaction tx, CancellationToken cancellationToken)
    {
        await using var command = tx.Command(
            "SELECT severity, count(*)::int FROM incidents WHERE state IN ('triggered', 'acknowledged', 'mitigating', 'monitoring') GROUP BY severity");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var counts = new Dictionary<Severity, int>();
        while (await reader.ReadAsync(cancellationToken)) counts[Enum.Parse<Severity>(reader.GetString(0))] = reader.GetInt32(1);
        return counts;
    }

    private async Task<bool> LoadWatchdogAsync(CancellationToken cancellationToken)
    {
        await using var tx = await IncidentTransaction.BeginAsync(dataSource, cancellationToken, exclusive: false);
        await using var command = tx.Command("SELECT watchdog_last_seen_at FROM responder_status WHERE id = 1");
        if (await command.ExecuteScalarAsync(cancellationToken) is DateTime seen) watchdog.Seen(new DateTimeOffset(seen, TimeSpan.Zero));
        return true;
    }
}
