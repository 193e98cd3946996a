using System.Net.Http.Json;
using System.Text.Json;

namespace GameDay.Integration.Tests;

/// The incident responder's API as the tests read it.
public static class ResponderApi
{
    public static bool IsOpen(JsonElement incident) =>
        incident.GetProperty("state").GetString() is "triggered" or "acknowledged" or "mitigating" or "monitoring";

    public static bool Is(JsonElement incident, string resource, string runbook) =>
        incident.GetProperty("resource").GetString() == resource && incident.GetProperty("runbook").GetString() == runbook;

    public static async Task<List<JsonElement>> IncidentsAsync(HttpClient responder) =>
        [.. (await responder.GetFromJsonAsync<JsonElement>("/api/incidents?limit=500")).EnumerateArray()];

    public static async Task<JsonElement> IncidentAsync(HttpClient responder, long id) =>
        (await responder.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}")).GetProperty("incident");

    public static async Task<List<JsonElement>> TimelineAsync(HttpClient responder, long id) =>
        [.. (await responder.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}/timeline")).EnumerateArray()];

    /// The latest status of a runbook step of the incident, or null before the autopilot reached it.
    public static async Task<JsonElement?> StepAsync(HttpClient responder, long id, string stepId)
    {
        foreach (var step in (await responder.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}/steps")).EnumerateArray())
        {
            if (step.GetProperty("stepId").GetString() == stepId) return step;
        }
        return null;
    }

    /// Switches the responder's automation (PUT /api/automation) and returns what it answered.
    public static async Task<JsonElement> SetAutomationAsync(HttpClient admin, string mode, bool dryRun = false)
    {
        using var response = await admin.PutAsJsonAsync("/api/automation", new { mode, dryRun, by = "integration-test" });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// Kills a resource once an earlier crash's incident has resolved (else that one, still monitoring, would be
    /// taken for this crash's), and returns the service-crash incident the kill opens (a new one, or the earlier one
    /// re-opened within the flap window) and when the kill happened.
    public static async Task<(JsonElement Incident, DateTimeOffset KilledAt)> KillAndAwaitIncidentAsync(
        StackFixture stack, HttpClient responder, string resource)
    {
        await Eventually.Async(stack, $"no earlier incident of {resource} is open", async () =>
            !(await IncidentsAsync(responder)).Any(i => Is(i, resource, "service-crash") && IsOpen(i)), TestTimeouts.AlertResolution);
        // A third crash within a minute is a crash loop: CrashLoop (2 s) pages before ServiceDown (3 s) and its runbook
        // restarts the service, so no service-crash incident opens (CI I: the dry-run test's kill and an earlier test's
        // were both within the minute). This kill is to be at most the second.
        var crashes = $"increase(gameday_resource_crashes_total{{job=\"apphost\", resource=\"{resource}\"}}[1m])";
        await Eventually.Async(stack, $"{resource} crashed at most once in the last minute", async () =>
            (await PrometheusQuery.SamplesAsync(stack, crashes))
                .All(s => double.Parse(s.Value, System.Globalization.CultureInfo.InvariantCulture) < 1.5),
            TestTimeouts.CrashLoopWindow);
        var killedAt = DateTimeOffset.UtcNow;
        Assert.True((await stack.App.ExecuteCommandAsync(resource, "kill")).Succeeded);
        JsonElement incident = default;
        await Eventually.Async(stack, $"an incident for {resource} is open", async () =>
        {
            var open = (await IncidentsAsync(responder)).Where(i => Is(i, resource, "service-crash") && IsOpen(i)).ToList();
            if (open.Count == 0) return false;
            incident = Assert.Single(open);
            return true;
        }, TestTimeouts.AlertResolution, () => AlertPipeline.DescribeAsync(stack, resource));
        return (incident, killedAt);
    }
}
