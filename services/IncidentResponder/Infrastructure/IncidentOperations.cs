using GameDay.IncidentResponder.Automation;
using GameDay.IncidentResponder.Model;
using Npgsql;

namespace GameDay.IncidentResponder.Infrastructure;

/// What operators do through the API: acknowledge, move the state, add notes, close.
public sealed class IncidentOperations(
    NpgsqlDataSource dataSource, IncidentLifecycle lifecycle, AutomationDispatcher automation, TimeProvider time)
{
    public Task<OperatorOutcome> AcknowledgeAsync(long id, string by, CancellationToken cancellationToken) =>
        ApplyAsync(id, async (tx, incident, now) => incident.State != IncidentStates.Triggered
            ? OperatorOutcome.Refused($"Only a triggered incident can be acknowledged; #{id} is {incident.State}.")
            : OperatorOutcome.Done(await lifecycle.AcknowledgeAsync(tx, incident, by, now, cancellationToken)), cancellationToken);

    public Task<OperatorOutcome> NoteAsync(long id, string text, string by, CancellationToken cancellationToken) =>
        ApplyAsync(id, async (tx, incident, now) =>
        {
            await tx.AddEventAsync(id, now, TimelineTypes.Note, $"{by}: {text}", new { by, text }, cancellationToken);
            return OperatorOutcome.Done(incident);
        }, cancellationToken);

    public Task<OperatorOutcome> CloseAsync(long id, CancellationToken cancellationToken) =>
        ApplyAsync(id, async (tx, incident, now) => incident.State != IncidentStates.Resolved
            ? OperatorOutcome.Refused($"Only a resolved incident can be closed; #{id} is {incident.State}.")
            : OperatorOutcome.Done(await lifecycle.CloseAsync(tx, incident, now, cancellationToken)), cancellationToken);

    public Task<OperatorOutcome> MoveAsync(long id, string to, string? note, CancellationToken cancellationToken) =>
        ApplyAsync(id, async (tx, incident, now) =>
        {
            if (IncidentStateMachine.Refusal(incident.State, to) is { } refusal) return OperatorOutcome.Refused(refusal);
            if (note is { Length: > 0 }) await tx.AddEventAsync(id, now, TimelineTypes.Note, $"operator: {note}", new { text = note }, cancellationToken);
            return to switch
            {
                IncidentStates.Acknowledged => OperatorOutcome.Done(await lifecycle.AcknowledgeAsync(tx, incident, "operator", now, cancellationToken)),
                IncidentStates.Mitigating => OperatorOutcome.Done(await MitigatingAsync(tx, incident, note, now, cancellationToken)),
                IncidentStates.Monitoring => OperatorOutcome.Done(await MonitoringAsync(tx, incident, note, now, cancellationToken)),
                IncidentStates.Resolved => await ResolveAsync(tx, incident, now, cancellationToken),
                IncidentStates.Closed => OperatorOutcome.Done(await lifecycle.CloseAsync(tx, incident, now, cancellationToken)),
                _ => OperatorOutcome.Refused($"Only a re-firing alert moves an incident to {to}."),
            };
        }, cancellationToken);

    /// The autopilot's first mitigation moves a triggered or acknowledged incident to mitigating. One whose alerts
    /// cleared before the fix began (monitoring: a short outage) stays in monitoring and still resolves after the
    /// stabilisation window; moving it back would clear its recovery, and no alert would be left to resolve it.
    public Task<OperatorOutcome> MitigationStartedAsync(long id, CancellationToken cancellationToken) =>
        ApplyAsync(id, async (tx, incident, now) => incident.State is IncidentStates.Triggered or IncidentStates.Acknowledged
            ? OperatorOutcome.Done(await MitigatingAsync(tx, incident, null, now, cancellationToken))
            : OperatorOutcome.Refused($"#{id} is {incident.State}; the autopilot's mitigation leaves it there."), cancellationToken);

    private async Task<Incident> MitigatingAsync(IncidentTransaction tx, Incident incident, string? note, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Back from monitoring means the fix did not hold: recovery and mitigation start over.
        var times = incident.State == IncidentStates.Monitoring ? incident.Times with { MitigatedAt = null, RecoveredAt = null } : incident.Times;
        var moved = await lifecycle.MoveAsync(tx, incident, IncidentStates.Mitigating, times, note ?? "mitigation under way", now, cancellationToken);
        return await IncidentMessages.UpdateAsync(tx, moved, note ?? "Mitigation under way.", "Apply the runbook's fix and verify.", now, cancellationToken);
    }

    private async Task<Incident> MonitoringAsync(IncidentTransaction tx, Incident incident, string? note, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var times = incident.Times.MitigatedAt is null ? incident.Times with { MitigatedAt = incident.Times.NotBeforeLatest(now) } : incident.Times;
        var moved = await lifecycle.MoveAsync(tx, incident, IncidentStates.Monitoring, times, note ?? "mitigation applied", now, cancellationToken);
        return await IncidentMessages.UpdateAsync(tx, moved, note ?? "Mitigation applied.",
            "Watch until every alert has cleared and stays clear.", now, cancellationToken);
    }

    private async Task<OperatorOutcome> ResolveAsync(IncidentTransaction tx, Incident incident, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var firing = (await tx.AlertsAsync(incident.Id, cancellationToken)).Count(a => a.Status == WebhookValidator.Firing);
        if (firing > 0 || incident.Times.RecoveredAt is null)
        {
            return OperatorOutcome.Refused($"#{incident.Id} cannot be resolved while {firing} alert(s) still fire or before recovery.");
        }
        return OperatorOutcome.Done(await lifecycle.ResolveAsync(tx, incident, "resolved by an operator", now, cancellationToken));
    }

    private async Task<OperatorOutcome> ApplyAsync(
        long id, Func<IncidentTransaction, Incident, DateTimeOffset, Task<OperatorOutcome>> action, CancellationToken cancellationToken)
    {
        await using var tx = await IncidentTransaction.BeginAsync(dataSource, cancellationToken);
        if (await tx.LoadAsync(id, cancellationToken) is not { } incident) return OperatorOutcome.Missing();
        var outcome = await action(tx, incident, time.GetUtcNow());
        if (outcome.Incident is null) return outcome;
        await tx.UpdateAsync(outcome.Incident, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        await automation.DispatchAsync(tx.Changes, cancellationToken);
        return outcome;
    }
}
