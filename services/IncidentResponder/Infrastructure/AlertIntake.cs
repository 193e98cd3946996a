using GameDay.IncidentResponder.Automation;
using GameDay.IncidentResponder.Model;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GameDay.IncidentResponder.Infrastructure;

/// Alertmanager webhooks in: each distinct alert event once, grouped into incidents. The trading
/// context is read before taking the lock (and only when something new fires), so a slow
/// orchestrator delays one webhook, not all incident work.
public sealed partial class AlertIntake(
    NpgsqlDataSource dataSource, TradingContextClient contextClient, IncidentOpener opener, IncidentLifecycle lifecycle,
    WatchdogMonitor watchdog, AutomationDispatcher automation, FaultAttribution attribution, TimeProvider time, ILogger<AlertIntake> logger)
{
    public async Task<IntakeResult> ReceiveAsync(AlertmanagerWebhook webhook, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var signals = await attribution.AttributeAsync(webhook.Alerts!.Select(AlertSignal.From).DistinctBy(a => a.Key).ToList(), cancellationToken);
        var context = await ContextIfNeededAsync(signals, cancellationToken);

        int recorded = 0, duplicates = 0, ignored = 0;
        var incidents = new List<long>();
        await using var tx = await IncidentTransaction.BeginAsync(dataSource, cancellationToken);
        foreach (var signal in signals)
        {
            if (signal.IsWatchdog)
            {
                ignored++;
                await tx.RecordEventAsync(signal, webhook, now, "watchdog", cancellationToken);
                if (signal.IsFiring) await tx.WatchdogSeenAsync(now, cancellationToken);
                continue;
            }
            if (await tx.RecordEventAsync(signal, webhook, now, null, cancellationToken) is not { } eventId)
            {
                duplicates++;
                continue;
            }
            recorded++;
            var incidentId = signal.IsFiring
                ? await FireAsync(tx, signal, context, now, cancellationToken)
                : await ResolveAsync(tx, signal, now, cancellationToken);
            if (incidentId is not { } id) continue;
            await tx.LinkEventAsync(eventId, id, cancellationToken);
            if (!incidents.Contains(id)) incidents.Add(id);
        }
        await tx.CommitAsync(cancellationToken);

        if (signals.Any(s => s.IsWatchdog && s.IsFiring)) watchdog.Seen(now);
        LogReceived(signals.Count, recorded, duplicates, ignored);
        await automation.DispatchAsync(tx.Changes, cancellationToken);
        return new IntakeResult(signals.Count, recorded, duplicates, ignored, incidents);
    }

    private async Task<TradingContext?> ContextIfNeededAsync(List<AlertSignal> signals, CancellationToken cancellationToken)
    {
        var firing = signals.Where(s => s.IsFiring && !s.IsWatchdog).ToList();
        if (firing.Count == 0) return null;
        await using (var read = await IncidentTransaction.BeginAsync(dataSource, cancellationToken, exclusive: false))
        {
            if (await read.CountKnownAsync(firing, cancellationToken) == firing.Count) return null;
        }
        return await contextClient.ReadAsync(cancellationToken);
    }

    private async Task<long?> FireAsync(IncidentTransaction tx, AlertSignal signal, TradingContext? context, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await tx.AlreadyResolvedAsync(signal, cancellationToken)) return null;
        // Only when the pre-check raced with another webhook that recorded the same events.
        context ??= TradingContext.Unknown("not read: the alerts looked like repeats when the webhook arrived");
        return await opener.FireAsync(tx, signal, context, now, cancellationToken);
    }

    private async Task<long?> ResolveAsync(IncidentTransaction tx, AlertSignal signal, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await tx.IncidentHoldingAsync(signal.Fingerprint, cancellationToken) is not { } id) return null;
        var incident = (await tx.LoadAsync(id, cancellationToken))!;
        if (await tx.UpsertAlertAsync(id, signal, now, cancellationToken) == 0) return id;
        await tx.AddEventAsync(id, signal.EndsAt ?? now, TimelineTypes.AlertResolved, $"{signal.AlertName} resolved: {signal.Summary}",
            new { signal.Fingerprint, signal.StartsAt, signal.EndsAt }, cancellationToken);

        var alerts = await tx.AlertsAsync(id, cancellationToken);
        if (alerts.Any(a => a.Status == WebhookValidator.Firing)) return id;
        if (IncidentStates.IsOpen(incident.State) && incident.Times.RecoveredAt is null)
        {
            var clearedAt = alerts.Max(a => a.EndsAt ?? now);
            incident = await lifecycle.RecoveredAsync(tx, incident, clearedAt, now, cancellationToken);
            await tx.UpdateAsync(incident, cancellationToken);
        }
        return id;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook: {Received} alerts, {Recorded} new, {Duplicates} repeats, {Ignored} ignored")]
    private partial void LogReceived(int received, int recorded, int duplicates, int ignored);
}
