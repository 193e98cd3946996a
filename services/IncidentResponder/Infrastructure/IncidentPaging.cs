using GameDay.IncidentResponder.Model;

namespace GameDay.IncidentResponder.Infrastructure;

/// Simulated paging and escalation: nothing leaves the process, everything lands on the timeline.
/// `paged_at` is the latest page, so each level waits one full acknowledgement timeout.
public sealed class IncidentPaging(EscalationPolicy policy)
{
    public async Task<Incident> PageAsync(IncidentTransaction tx, Incident incident, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var level = Math.Max(1, incident.EscalationLevel);
        var contact = EscalationMatrix.Contact(incident.Severity, level) ?? EscalationMatrix.For(incident.Severity)[^1];
        var paged = incident with { Paged = true, PagedAt = now, EscalationLevel = level };
        await tx.AddEventAsync(incident.Id, now, TimelineTypes.Paged,
            $"paged {contact} (level {level}) in {EscalationMatrix.Channel(incident.Severity)}; acknowledge within {Durations.Format(policy.AckTimeout(incident.Severity))}",
            new { level, contact, channel = EscalationMatrix.Channel(incident.Severity), ackTimeoutSeconds = policy.AckTimeout(incident.Severity).TotalSeconds },
            cancellationToken);
        return paged;
    }

    /// Escalates one level when the latest page has gone unacknowledged for the timeout.
    public async Task<Incident?> EscalateIfDueAsync(IncidentTransaction tx, Incident incident, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (incident.State != IncidentStates.Triggered) return null;
        var next = policy.NextLevel(incident.Severity, incident.PagedAt, incident.EscalationLevel, incident.Times.AcknowledgedAt is not null, now);
        if (next is not { } level) return null;

        var contact = EscalationMatrix.Contact(incident.Severity, level)!;
        var escalated = incident with { EscalationLevel = level, PagedAt = now };
        await tx.AddEventAsync(incident.Id, now, TimelineTypes.Escalated,
            $"not acknowledged within {Durations.Format(policy.AckTimeout(incident.Severity))}: escalated to {contact} (level {level})",
            new { level, contact, previousLevel = incident.EscalationLevel }, cancellationToken);
        return escalated;
    }
}
