using System.Globalization;

namespace GameDay.IncidentResponder.Model;

/// Seed 004's INCIDENT ALERT / UPDATE / RESOLVED templates filled from the incident (the seed's
/// emoji arrived as mojibake; the words alone carry the message). Update cadence from seed 002:
/// every 30 min for P0/P1, every 2 h for P2/P3.
public static class CommunicationRenderer
{
    public const string Service = "GameDay trading stack";

    public static Communication Start(Incident incident, DateTimeOffset at)
    {
        var text = string.Join('\n',
            "INCIDENT ALERT",
            $"Severity: {incident.Severity}",
            $"Service: {Service}{(incident.Resource is null ? "" : $" ({incident.Resource})")}",
            $"Issue: {incident.Title}",
            $"Impact: {ImpactText.For(incident)}",
            "Status: INVESTIGATING",
            $"ETA: next update by {Time(at + Cadence(incident.Severity))}",
            $"Contact: {Contact(incident)}");
        return new Communication(CommunicationKinds.Start, at, EscalationMatrix.Channel(incident.Severity), "INVESTIGATING", text);
    }

    public static Communication Update(Incident incident, string progress, string nextSteps, DateTimeOffset at)
    {
        var status = StatusWords.For(incident.State);
        var text = string.Join('\n',
            "INCIDENT UPDATE",
            $"Incident: {incident.Label}",
            $"Status: {status}",
            $"Progress: {progress}",
            $"Next Steps: {nextSteps}",
            $"ETA: next update by {Time(at + Cadence(incident.Severity))} or on resolution");
        return new Communication(CommunicationKinds.Update, at, EscalationMatrix.Channel(incident.Severity), status, text);
    }

    public static Communication Resolved(Incident incident, string rootCause, string resolution, DateTimeOffset at)
    {
        var start = incident.Times.FaultInjectedAt ?? incident.Times.FirstSignalAt;
        var end = incident.Times.ResolvedAt ?? at;
        var text = string.Join('\n',
            "INCIDENT RESOLVED",
            $"Incident: {incident.Label}",
            $"Duration: {Time(start)} - {Time(end)} ({Durations.Format(end - start)})",
            $"Root Cause: {rootCause}",
            $"Resolution: {resolution}",
            $"Post-mortem: written at resolution, GET /api/incidents/{incident.Id}/postmortem");
        return new Communication(CommunicationKinds.Resolved, at, EscalationMatrix.Channel(incident.Severity), "RESOLVED", text);
    }

    public static TimeSpan Cadence(Severity severity) =>
        severity <= Severity.P1 ? TimeSpan.FromMinutes(30) : TimeSpan.FromHours(2);

    private static string Contact(Incident incident) =>
        EscalationMatrix.Contact(incident.Severity, Math.Max(1, incident.EscalationLevel)) ?? "On-call Engineer";

    private static string Time(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
