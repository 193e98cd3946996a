using GameDay.IncidentResponder.Automation;
using GameDay.IncidentResponder.Model;
using Microsoft.Extensions.Options;

namespace GameDay.IncidentResponder.Infrastructure;

/// A new firing alert: classified, then grouped into a new, an open or a re-opened incident.
public sealed class IncidentOpener(
    Classifier classifier, IncidentPaging paging, IncidentLifecycle lifecycle, ResponderMetrics metrics, IOptions<ResponderOptions> options)
{
    public async Task<long> FireAsync(IncidentTransaction tx, AlertSignal signal, TradingContext context, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var classification = classifier.Classify(signal, context);
        var latest = await tx.LatestForKeyAsync(signal.GroupKey, cancellationToken);
        var lastResolved = latest is null ? null : await tx.LastResolvedAtAsync(latest.Id, signal.Fingerprint, cancellationToken);
        var decision = GroupingPolicy.Decide(latest, signal.StartsAt, lastResolved, options.Value.FlapWindow, signal.ScenarioRunId);
        return decision.Action == GroupingAction.OpenNew
            ? await OpenAsync(tx, signal, classification, now, cancellationToken)
            : await AttachAsync(tx, (await tx.LoadAsync(latest!.Id, cancellationToken))!, signal, classification, decision, now, cancellationToken);
    }

    private async Task<long> OpenAsync(IncidentTransaction tx, AlertSignal signal, Classification c, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var injected = signal.FaultInjectedAt;
        var firstSignal = injected is { } i && signal.StartsAt < i ? i : signal.StartsAt;
        var times = new IncidentTimestamps(injected, firstSignal, now < firstSignal ? firstSignal : now);
        var incident = new Incident(0, signal.GroupKey, signal.Summary, signal.Runbook, signal.Resource, c.Severity,
            IncidentStates.Triggered, signal.ScenarioRunId, times, false, null, 0, 0, c, []);
        incident = incident with { Id = await tx.InsertAsync(incident, cancellationToken) };

        await tx.UpsertAlertAsync(incident.Id, signal, now, cancellationToken);
        if (injected is { } at)
        {
            await tx.AddEventAsync(incident.Id, at, TimelineTypes.FaultInjected, $"fault injected by scenario run {signal.ScenarioRunId ?? "(unknown)"}",
                new { scenarioRunId = signal.ScenarioRunId }, cancellationToken);
        }
        await AlertFiredAsync(tx, incident.Id, signal, false, cancellationToken);
        await ClassifiedAsync(tx, incident.Id, c, now, cancellationToken);
        if (c.Page) incident = await paging.PageAsync(tx, incident, now, cancellationToken);
        incident = await IncidentMessages.KeepAsync(tx, incident, CommunicationRenderer.Start(incident, now), cancellationToken);
        await tx.UpdateAsync(incident, cancellationToken);

        metrics.Opened(incident.Severity);
        tx.Changes.Add(new IncidentChange(incident.Id, IncidentChangeKinds.Opened, incident.State, incident.Severity));
        return incident.Id;
    }

    private async Task<long> AttachAsync(
        IncidentTransaction tx, Incident incident, AlertSignal signal, Classification c, GroupingDecision decision, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        await tx.UpsertAlertAsync(incident.Id, signal, now, cancellationToken);
        await AlertFiredAsync(tx, incident.Id, signal, decision.Flap, cancellationToken);
        if (decision.Flap) incident = incident with { Flaps = incident.Flaps + 1 };
        if (incident.ScenarioRunId is null && signal.ScenarioRunId is not null)
        {
            incident = incident with { ScenarioRunId = signal.ScenarioRunId };
        }

        var reopened = decision.Action == GroupingAction.Reopen;
        if (reopened) incident = await lifecycle.ReopenAsync(tx, incident, signal, now, cancellationToken);
        await ClassifiedAsync(tx, incident.Id, c, now, cancellationToken);
        if (c.Severity < incident.Severity)
        {
            var from = incident.Severity;
            incident = incident with { Severity = c.Severity, Classification = c };
            incident = await IncidentMessages.UpdateAsync(tx, incident, $"Severity raised from {from} to {c.Severity} ({signal.AlertName}).",
                "Continue the investigation at the higher severity.", now, cancellationToken);
            tx.Changes.Add(new IncidentChange(incident.Id, IncidentChangeKinds.SeverityChanged, incident.State, incident.Severity));
        }

        // A re-opened, still unacknowledged incident is paged again; a raised one is paged for the first time.
        if ((c.Page && !incident.Paged) || (reopened && incident.Paged && incident.Times.AcknowledgedAt is null))
        {
            incident = await paging.PageAsync(tx, incident, now, cancellationToken);
        }
        await tx.UpdateAsync(incident, cancellationToken);
        tx.Changes.Add(new IncidentChange(incident.Id, IncidentChangeKinds.AlertAdded, incident.State, incident.Severity));
        return incident.Id;
    }

    private static Task<int> AlertFiredAsync(IncidentTransaction tx, long id, AlertSignal signal, bool flap, CancellationToken cancellationToken) =>
        tx.AddEventAsync(id, signal.StartsAt, TimelineTypes.AlertFired,
            $"{signal.AlertName} fired{(flap ? " again (flap)" : "")}: {signal.Summary}",
            new { signal.Fingerprint, signal.StartsAt, signal.Labels, flap }, cancellationToken);

    private static Task<int> ClassifiedAsync(IncidentTransaction tx, long id, Classification c, DateTimeOffset now, CancellationToken cancellationToken) =>
        tx.AddEventAsync(id, now, TimelineTypes.Classified,
            $"classified {c.Severity}{(c.Page ? "" : ", not paged")}: {string.Join("; ", c.Reasons.Select(r => $"{r.Rule} {r.Effect}"))}",
            c, cancellationToken);
}
