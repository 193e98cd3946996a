using GameDay.IncidentResponder.Automation;
using GameDay.IncidentResponder.Model;

namespace GameDay.IncidentResponder.Infrastructure;

/// State changes of an incident inside an IncidentTransaction: through the state machine, with
/// timestamps kept in order, a timeline event and (for status changes) an update message each.
public sealed class IncidentLifecycle(ResponderMetrics metrics)
{
    public async Task<Incident> MoveAsync(
        IncidentTransaction tx, Incident incident, string to, IncidentTimestamps times, string summary, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (IncidentStateMachine.Refusal(incident.State, to) is { } refusal) throw new InvalidOperationException(refusal);
        await tx.AddEventAsync(incident.Id, now, TimelineTypes.StateChanged, $"{incident.State} → {to}: {summary}",
            new { from = incident.State, to }, cancellationToken);
        tx.Changes.Add(new IncidentChange(incident.Id, IncidentChangeKinds.StateChanged, to, incident.Severity));
        return incident with { State = to, Times = times };
    }

    public async Task<Incident> AcknowledgeAsync(IncidentTransaction tx, Incident incident, string by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var at = incident.Times.NotBeforeLatest(now);
        await tx.AddEventAsync(incident.Id, at, TimelineTypes.Acknowledged, $"acknowledged by {by}", new { by }, cancellationToken);
        await tx.SetAcknowledgedByAsync(incident.Id, by, cancellationToken);
        return await MoveAsync(tx, incident, IncidentStates.Acknowledged, incident.Times with { AcknowledgedAt = at },
            $"{by} owns the incident", at, cancellationToken);
    }

    /// All alerts cleared: recovered, watch for the stabilisation window before resolving. An incident
    /// an operator already put in monitoring only gets its recovery time.
    public async Task<Incident> RecoveredAsync(IncidentTransaction tx, Incident incident, DateTimeOffset clearedAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var recovered = incident.Times.NotBeforeLatest(clearedAt < now ? clearedAt : now);
        var times = incident.Times with
        {
            MitigatedAt = incident.State == IncidentStates.Mitigating && incident.Times.MitigatedAt is null ? recovered : incident.Times.MitigatedAt,
            RecoveredAt = recovered,
        };
        var moved = incident.State == IncidentStates.Monitoring
            ? incident with { Times = times }
            : await MoveAsync(tx, incident, IncidentStates.Monitoring, times, "all alerts resolved; watching for a re-fire", now, cancellationToken);
        return await IncidentMessages.UpdateAsync(tx, moved, "All alerts have cleared; the system is recovering.",
            "Monitor through the stabilisation window, then resolve and write the post-mortem.", now, cancellationToken);
    }

    /// A re-fire takes a monitoring or resolved incident back to work.
    public async Task<Incident> ReopenAsync(IncidentTransaction tx, Incident incident, AlertSignal alert, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var to = IncidentStateMachine.ReopenState(incident.Times.AcknowledgedAt is not null);
        var times = incident.Times with { RecoveredAt = null, ResolvedAt = null };
        await tx.ClearPostmortemAsync(incident.Id, cancellationToken);
        await tx.AddEventAsync(incident.Id, now, TimelineTypes.Reopened, $"{alert.AlertName} fired again; incident re-opened", new { alert.Fingerprint }, cancellationToken);
        var moved = await MoveAsync(tx, incident, to, times, "re-opened by a re-firing alert", now, cancellationToken);
        tx.Changes.Add(new IncidentChange(incident.Id, IncidentChangeKinds.Reopened, to, incident.Severity));
        return await IncidentMessages.UpdateAsync(tx, moved, $"{alert.AlertName} fired again after clearing; the fix did not hold.",
            "Investigate why the problem returned.", now, cancellationToken);
    }

    public async Task<Incident> ResolveAsync(IncidentTransaction tx, Incident incident, string why, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var resolvedAt = incident.Times.NotBeforeLatest(now);
        var resolved = await MoveAsync(tx, incident, IncidentStates.Resolved, incident.Times with { ResolvedAt = resolvedAt }, why, resolvedAt, cancellationToken);
        var mitigations = await tx.MitigationsAsync(resolved.Id, cancellationToken);
        resolved = await IncidentMessages.KeepAsync(tx, resolved, CommunicationRenderer.Resolved(resolved,
            PostmortemGenerator.RootCauseLine(resolved), PostmortemGenerator.Resolution(resolved, mitigations), resolvedAt), cancellationToken);
        await tx.UpdateAsync(resolved, cancellationToken);

        var postmortem = PostmortemGenerator.Generate(resolved, await tx.AlertsAsync(resolved.Id, cancellationToken),
            await tx.TimelineAsync(resolved.Id, cancellationToken), mitigations,
            await tx.ChecklistEvidenceAsync(resolved.Id, cancellationToken), resolvedAt);
        await tx.SavePostmortemAsync(resolved.Id, PostmortemMarkdown.Render(postmortem), postmortem, cancellationToken);
        await tx.AddEventAsync(resolved.Id, resolvedAt, TimelineTypes.PostmortemWritten,
            $"post-mortem written (MTTD {postmortem.Measures.MttdSeconds} s, MTTR {postmortem.Measures.MttrSeconds} s, from {postmortem.Measures.Basis})",
            postmortem.Measures, cancellationToken);
        metrics.Resolved(postmortem.Measures);
        return resolved;
    }

    public async Task<Incident> CloseAsync(IncidentTransaction tx, Incident incident, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var at = incident.Times.NotBeforeLatest(now);
        return await MoveAsync(tx, incident, IncidentStates.Closed, incident.Times with { ClosedAt = at }, "closed by an operator", at, cancellationToken);
    }
}
