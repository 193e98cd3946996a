using System.Net.Http.Json;
using System.Text.Json;
using GameDay.Contracts;
using Xunit.Abstractions;

namespace GameDay.Integration.Tests.Drills;

/// Plays the person on call in a trainee drill, as someone following the runbook would.
public static class TraineePlayer
{
    /// Waits for the drill's page (its own incident: opened for a run of the scenario, triggered, with the runbook's
    /// restart step laid out as to do), takes it, reports the runbook's first diagnosis step done and restarts the
    /// resource (or not). The incident names the restarted resource, unless `pagedForAnyResource` (an incident about the
    /// services' database calls names the service whose calls crossed first, and the trainee restarts the database).
    public static async Task TakeThePageAsync(
        StackFixture stack, ITestOutputHelper output, string scenario, string resource, string runbook, bool restart, CancellationToken ct,
        string restartStep = "restart", bool pagedForAnyResource = false)
    {
        using var responder = stack.App.CreateHttpClient(ResourceNames.IncidentResponder);
        using var admin = stack.CreateAdminClient(ResourceNames.IncidentResponder);
        long id = 0;
        // An incident an earlier test left open is someone else's, even when it names the same runbook and resource.
        while (!ct.IsCancellationRequested && id == 0)
        {
            var open = (await ResponderApi.IncidentsAsync(responder)).FirstOrDefault(i =>
                i.GetProperty("state").GetString() == "triggered" && (pagedForAnyResource ? i.GetProperty("runbook").GetString() == runbook : ResponderApi.Is(i, resource, runbook))
                && i.GetProperty("scenarioRunId").GetString()?.StartsWith(scenario + "-", StringComparison.Ordinal) == true);
            if (open.ValueKind == JsonValueKind.Object && (await ResponderApi.StepAsync(responder, open.GetProperty("id").GetInt64(), restartStep))?.GetProperty("status").GetString() == "to_do")
            {
                id = open.GetProperty("id").GetInt64();
            }
            else
            {
                await Task.Delay(TimeSpan.FromSeconds(1), ct);
            }
        }
        (await admin.PostAsJsonAsync($"/api/incidents/{id}/acknowledge", new { by = "trainee-test" }, ct)).EnsureSuccessStatusCode();
        var steps = (await responder.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}/steps", ct)).EnumerateArray().ToList();
        var diagnosis = steps.First(s => s.GetProperty("kind").GetString() == "diagnose").GetProperty("stepId").GetString();
        (await admin.PostAsJsonAsync($"/api/incidents/{id}/steps/{diagnosis}/done", new { by = "trainee-test", note = "read it" }, ct)).EnsureSuccessStatusCode();
        if (!restart) return;
        using var control = stack.App.CreateControlApiClient();
        var result = await control.ExecuteCommandAsync(resource, "restart", "trainee-test", ct);
        output.WriteLine($"trainee: {result.Message}");
        Assert.True(result.Succeeded, result.Message);
    }
}
