using System.Net.Http.Json;
using System.Text.Json;
using GameDay.Contracts;

namespace GameDay.AppHost.Drills;

/// Reads the responder: which incidents a drill caused (opened, or re-opened, after the injection) and when
/// each was detected and acknowledged (from its timeline, so that a re-opened incident counts from the re-fire).
public sealed class IncidentWatcher(DrillEnvironment env)
{
    public sealed record Sighting(long Id, string? Runbook, string Severity, string State, DateTimeOffset DetectedAt, DateTimeOffset? AcknowledgedAt);

    public async Task<IReadOnlyList<Sighting>> SinceAsync(DateTimeOffset since, CancellationToken ct)
    {
        using var responder = env.Client(ResourceNames.IncidentResponder, false);
        var incidents = await responder.GetFromJsonAsync<JsonElement>("/api/incidents?limit=100", ct);
        var sightings = new List<Sighting>();
        foreach (var incident in incidents.EnumerateArray().Where(i => Touched(i, since)))
        {
            var id = incident.GetProperty("id").GetInt64();
            var timeline = await responder.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}/timeline", ct);
            var events = timeline.EnumerateArray().Select(e => (At: e.GetProperty("at").GetDateTimeOffset(), Type: e.GetProperty("type").GetString())).ToList();
            var detected = events.FirstOrDefault(e => e.At >= since && e.Type is "alert_fired" or "reopened");
            if (detected.Type is null) continue;
            var acknowledged = events.FirstOrDefault(e => e.At >= detected.At && e.Type == "acknowledged");
            sightings.Add(new Sighting(id, incident.GetProperty("runbook").GetString(), incident.GetProperty("severity").GetString()!,
                incident.GetProperty("state").GetString()!, detected.At, acknowledged.Type is null ? null : acknowledged.At));
        }
        return sightings;
    }

    /// The incident's timeline since a time, one line per entry ("type: summary") cut to a readable length, each at
    /// the time the responder gives it.
    public async Task<IReadOnlyList<(DateTimeOffset At, string Line)>> TimelineAsync(long id, DateTimeOffset since, CancellationToken ct)
    {
        using var responder = env.Client(ResourceNames.IncidentResponder, false);
        var timeline = await responder.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}/timeline", ct);
        return [.. timeline.EnumerateArray()
            .Select(e => (At: e.GetProperty("at").GetDateTimeOffset(), Entry: e))
            .Where(e => e.At >= since)
            .Select(e =>
            {
                var summary = Incidents.IncidentTable.Summary(e.Entry);
                return (e.At, $"{e.Entry.GetProperty("type").GetString()}: {(summary.Length > 240 ? summary[..240] + "…" : summary)}");
            })];
    }

    public async Task<string?> StateAsync(long id, CancellationToken ct)
    {
        using var responder = env.Client(ResourceNames.IncidentResponder, false);
        var incident = await responder.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}", ct);
        return incident.GetProperty("incident").GetProperty("state").GetString();
    }

    private static bool Touched(JsonElement incident, DateTimeOffset since)
    {
        if (incident.GetProperty("state").GetString() is not ("resolved" or "closed")) return true;
        var times = incident.GetProperty("times");
        return Later(times, "firstSignalAt", since) || Later(times, "resolvedAt", since);
    }

    private static bool Later(JsonElement times, string name, DateTimeOffset since) =>
        times.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetDateTimeOffset() >= since;
}
