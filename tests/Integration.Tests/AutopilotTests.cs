using System.Net.Http.Json;
using System.Text.Json;
using GameDay.Contracts;
using Xunit.Abstractions;

namespace GameDay.Integration.Tests;

[Collection(AutopilotStackCollection.Name)]
public sealed class AutopilotTests(AutopilotStackFixture stack, ITestOutputHelper output) : IAsyncLifetime
{
    public Task InitializeAsync() => stack.EnsureHealthyAsync();

    public Task DisposeAsync() => stack.EnsureHealthyAsync();

    [Fact]
    public async Task TheAutopilotRestartsAKilledExecutionEngineVerifiesAndResolves()
    {
        using var responder = stack.App.CreateHttpClient(ResourceNames.IncidentResponder);
        var restartsBefore = stack.App.GetSnapshot(ResourceNames.ExecutionEngine).Restarts;

        Assert.True((await stack.App.ExecuteCommandAsync(ResourceNames.ExecutionEngine, "kill")).Succeeded);

        long id = 0;
        await Eventually.Async(stack, "an incident for the execution engine is open", async () =>
        {
            var incidents = await responder.GetFromJsonAsync<JsonElement>("/api/incidents?limit=50");
            var found = incidents.EnumerateArray().FirstOrDefault(i => i.GetProperty("resource").GetString() == ResourceNames.ExecutionEngine);
            if (found.ValueKind != JsonValueKind.Object) return false;
            id = found.GetProperty("id").GetInt64();
            return true;
        }, TestTimeouts.AlertResolution);

        // Nobody restarts it but the autopilot.
        await Eventually.Async(stack, $"incident {id} is resolved by the autopilot", async () =>
            (await responder.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}")).GetProperty("incident").GetProperty("state").GetString() == "resolved",
            TestTimeouts.AutopilotRecovery);

        Assert.True(stack.App.GetSnapshot(ResourceNames.ExecutionEngine).IsHealthy);
        Assert.True(stack.App.GetSnapshot(ResourceNames.ExecutionEngine).Restarts > restartsBefore, "the engine was started again");
        // The timeline, not the step's latest status: a flap re-opens the incident and re-runs the runbook, and a
        // second pass rightly skips the restart of a service that is healthy again.
        var timeline = await responder.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}/timeline");
        Assert.Contains(timeline.EnumerateArray(), e => e.GetProperty("type").GetString() == "step_succeeded"
            && e.GetProperty("data").GetProperty("step").GetString() == "restart");
        var measures = (await responder.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}/postmortem")).GetProperty("measures");
        output.WriteLine($"autopilot: MTTD {measures.GetProperty("mttdSeconds").GetDouble():0.0} s, MTTR {measures.GetProperty("mttrSeconds").GetDouble():0.0} s");
    }

    [Fact]
    public async Task AfterADailyLossLimitHaltTheAutopilotUnhaltsOnlyAfterApproval()
    {
        using var responder = stack.App.CreateHttpClient(ResourceNames.IncidentResponder);
        using var orchestrator = stack.CreateAdminClient(ResourceNames.Orchestrator);
        using var admin = stack.CreateAdminClient(ResourceNames.IncidentResponder);

        // The halt the orchestrator makes when PnL crosses the limit; PnL is random here, so the test halts with that reason.
        (await orchestrator.PostAsJsonAsync("/admin/orchestrate/halt", new { reason = HaltReasons.DailyLossLimit })).EnsureSuccessStatusCode();

        JsonElement incident = default;
        await Eventually.Async(stack, "a daily-loss-limit incident is open", async () =>
        {
            var incidents = await responder.GetFromJsonAsync<JsonElement>("/api/incidents?limit=50");
            incident = incidents.EnumerateArray().FirstOrDefault(i => i.GetProperty("runbook").GetString() == "daily-loss-limit");
            return incident.ValueKind == JsonValueKind.Object;
        }, TestTimeouts.AlertResolution);
        Assert.Equal("P0", incident.GetProperty("severity").GetString());
        var id = incident.GetProperty("id").GetInt64();

        await Eventually.Async(stack, "the unhalt step waits for approval", async () =>
            (await StepAsync(responder, id, "unhalt-after-review"))?.GetProperty("status").GetString() == "awaiting_approval",
            TestTimeouts.AlertResolution);
        await Task.Delay(TestTimeouts.HaltPropagation);
        Assert.True((await stack.PnlStatusAsync()).Halted, "no unhalt before the approval");

        (await admin.PostAsJsonAsync($"/api/incidents/{id}/steps/unhalt-after-review/approve", new { by = "integration-test" })).EnsureSuccessStatusCode();

        await Eventually.Async(stack, "trading resumes after the approval", async () => !(await stack.PnlStatusAsync()).Halted, TestTimeouts.OrdersResume);
        await Eventually.Async(stack, "the unhalt step succeeded", async () =>
            (await StepAsync(responder, id, "unhalt-after-review"))?.GetProperty("status").GetString() == "succeeded", TestTimeouts.OrdersResume);
    }

    private static async Task<JsonElement?> StepAsync(HttpClient responder, long incidentId, string stepId)
    {
        var steps = await responder.GetFromJsonAsync<JsonElement>($"/api/incidents/{incidentId}/steps");
        foreach (var step in steps.EnumerateArray())
        {
            if (step.GetProperty("stepId").GetString() == stepId) return step;
        }
        return null;
    }
}
