using GameDay.IncidentResponder.Model;

namespace GameDay.IncidentResponder.Infrastructure;

/// `alert_events` (every distinct event, idempotent) and `incident_alerts` inside an IncidentTransaction.
public static class AlertRepository
{
    /// The event's id, or null when (fingerprint, startsAt, status) was already recorded.
    public static async Task<long?> RecordEventAsync(
        this IncidentTransaction tx, AlertSignal alert, AlertmanagerWebhook webhook, DateTimeOffset receivedAt, string? ignored,
        CancellationToken cancellationToken)
    {
        await using var command = tx.Command(
            "INSERT INTO alert_events (fingerprint, starts_at, status, ends_at, alertname, runbook, resource, severity, labels, " +
            "annotations, generator_url, group_key, receiver, received_at, ignored) " +
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) " +
            "ON CONFLICT (fingerprint, starts_at, status) DO NOTHING RETURNING id",
            alert.Fingerprint, alert.StartsAt, alert.Status, alert.EndsAt, alert.AlertName, alert.Runbook, alert.Resource,
            alert.SeverityLabel, IncidentTransaction.Jsonb(alert.Labels), IncidentTransaction.Jsonb(alert.Annotations),
            alert.GeneratorUrl, webhook.GroupKey, webhook.Receiver, receivedAt, ignored);
        return await command.ExecuteScalarAsync(cancellationToken) is long id ? id : null;
    }

    public static Task<int> LinkEventAsync(this IncidentTransaction tx, long eventId, long incidentId, CancellationToken cancellationToken) =>
        tx.ExecuteAsync("UPDATE alert_events SET incident_id = $2 WHERE id = $1", cancellationToken, eventId, incidentId);

    public static Task<int> UpsertAlertAsync(this IncidentTransaction tx, long incidentId, AlertSignal alert, DateTimeOffset now, CancellationToken cancellationToken) =>
        tx.ExecuteAsync(
            "INSERT INTO incident_alerts (incident_id, fingerprint, alertname, resource, status, starts_at, ends_at, summary, labels, first_seen_at, last_seen_at) " +
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) ON CONFLICT (incident_id, fingerprint) DO UPDATE SET " +
            "status = EXCLUDED.status, starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at, summary = EXCLUDED.summary, last_seen_at = EXCLUDED.last_seen_at " +
            // A late notification about an older firing never overwrites a newer state.
            "WHERE incident_alerts.starts_at < EXCLUDED.starts_at OR (incident_alerts.starts_at = EXCLUDED.starts_at AND EXCLUDED.status = 'resolved')",
            cancellationToken, incidentId, alert.Fingerprint, alert.AlertName, alert.Resource, alert.Status, alert.StartsAt,
            alert.EndsAt, alert.Summary, IncidentTransaction.Jsonb(alert.Labels), now);

    /// When this alert last resolved within the incident (null if it never did or fires now).
    public static async Task<DateTimeOffset?> LastResolvedAtAsync(this IncidentTransaction tx, long incidentId, string fingerprint, CancellationToken cancellationToken)
    {
        await using var command = tx.Command(
            "SELECT ends_at FROM incident_alerts WHERE incident_id = $1 AND fingerprint = $2 AND status = 'resolved'", incidentId, fingerprint);
        return await command.ExecuteScalarAsync(cancellationToken) is DateTime at ? new DateTimeOffset(at, TimeSpan.Zero) : null;
    }

    /// The newest not-closed incident that holds this alert (for a resolved notification).
    public static async Task<long?> IncidentHoldingAsync(this IncidentTransaction tx, string fingerprint, CancellationToken cancellationToken)
    {
        await using var command = tx.Command(
            "SELECT a.incident_id FROM incident_alerts a JOIN incidents i ON i.id = a.incident_id " +
            "WHERE a.fingerprint = $1 AND i.state <> 'closed' ORDER BY a.incident_id DESC LIMIT 1", fingerprint);
        return await command.ExecuteScalarAsync(cancellationToken) is long id ? id : null;
    }

    public static async Task<IReadOnlyList<IncidentAlert>> AlertsAsync(this IncidentTransaction tx, long incidentId, CancellationToken cancellationToken)
    {
        await using var command = tx.Command(
            "SELECT fingerprint, alertname, resource, status, starts_at, ends_at, summary FROM incident_alerts WHERE incident_id = $1 ORDER BY first_seen_at, fingerprint",
            incidentId);
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        var alerts = new List<IncidentAlert>();
        while (await r.ReadAsync(cancellationToken))
        {
            alerts.Add(new IncidentAlert(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetString(3),
                r.GetFieldValue<DateTimeOffset>(4), r.IsDBNull(5) ? null : r.GetFieldValue<DateTimeOffset>(5), r.GetString(6)));
        }
        return alerts;
    }

    /// True when this firing (fingerprint, startsAt) has already been reported resolved: a late retry.
    public static async Task<bool> AlreadyResolvedAsync(this IncidentTransaction tx, AlertSignal alert, CancellationToken cancellationToken)
    {
        await using var command = tx.Command(
            "SELECT 1 FROM alert_events WHERE fingerprint = $1 AND starts_at = $2 AND status = 'resolved'", alert.Fingerprint, alert.StartsAt);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    /// How many of these events are already recorded (to skip the context look-up for pure repeats).
    public static async Task<int> CountKnownAsync(this IncidentTransaction tx, IReadOnlyList<AlertSignal> alerts, CancellationToken cancellationToken)
    {
        await using var command = tx.Command(
            "SELECT count(*) FROM alert_events e JOIN unnest($1::text[], $2::timestamptz[], $3::text[]) AS k(f, s, st) " +
            "ON e.fingerprint = k.f AND e.starts_at = k.s AND e.status = k.st",
            alerts.Select(a => a.Fingerprint).ToArray(), alerts.Select(a => a.StartsAt.ToUniversalTime()).ToArray(),
            alerts.Select(a => a.Status).ToArray());
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static Task<int> WatchdogSeenAsync(this IncidentTransaction tx, DateTimeOffset at, CancellationToken cancellationToken) =>
        tx.ExecuteAsync(
            "INSERT INTO responder_status (id, watchdog_last_seen_at) VALUES (1, $1) " +
            "ON CONFLICT (id) DO UPDATE SET watchdog_last_seen_at = GREATEST(responder_status.watchdog_last_seen_at, EXCLUDED.watchdog_last_seen_at)",
            cancellationToken, at);
}
