using GameDay.IncidentResponder.Model;

namespace GameDay.IncidentResponder.Infrastructure;

/// Keeps a rendered message on the incident and on the timeline.
public static class IncidentMessages
{
    public static async Task<Incident> KeepAsync(IncidentTransaction tx, Incident incident, Communication message, CancellationToken cancellationToken)
    {
        await tx.AddEventAsync(incident.Id, message.At, TimelineTypes.Communication,
            $"{message.Kind} message posted to {message.Channel} ({message.Status})", message, cancellationToken);
        return incident with { Communications = [.. incident.Communications, message] };
    }

    public static Task<Incident> UpdateAsync(
        IncidentTransaction tx, Incident incident, string progress, string nextSteps, DateTimeOffset now, CancellationToken cancellationToken) =>
        KeepAsync(tx, incident, CommunicationRenderer.Update(incident, progress, nextSteps, now), cancellationToken);
}
