using System.Net.Http.Json;
using System.Text.Json;
using GameDay.Contracts;
using Xunit.Abstractions;

namespace GameDay.Integration.Tests;

/// The responder's autopilot on the shared stack: each test switches it on (PUT /api/automation) for
/// its own fault and off again, so that the other tests' faults stay the tests' to repair.
[Collection(StackCollection.Name)]
public sealed class AutopilotTests(StackFixture stack, ITestOutputHelper output) : IAsyncLifetime
{
    public Task InitializeAsync() => stack.EnsureHealthyAsync();

    public async Task DisposeAsync()
    {
        using var admin = stack.CreateAdminClient(ResourceNames.IncidentResponder);
        await ResponderApi.SetAutomationAsync(admin, "off");
        await stack.EnsureHealthyAsync();
    }

    [Fact]
    public async Task TheAutopilotRestartsAKilledExecutionEngineVerifiesAndResolves()
    {
        using var responder = stack.App.CreateHttpClient(ResourceNames.IncidentResponder);
        using var admin = stack.CreateAdminClient(ResourceNames.IncidentResponder);
        await ResponderApi.SetAutomationAsync(admin, "autopilot");
        var restartsBefore = stack.App.GetSnapshot(ResourceNames.ExecutionEngine).Restarts;
        var (incident, killedAt) = await ResponderApi.KillAndAwaitIncidentAsync(stack, responder, ResourceNames.ExecutionEngine);
        var id = incident.GetProperty("id").GetInt64();

        // Nobody but the autopilot starts the engine again.
        await Eventually.Async(stack, $"incident {id} is resolved by the autopilot", async () =>
            (await ResponderApi.IncidentAsync(responder, id)).GetProperty("state").GetString() is "resolved" or "closed",
            TestTimeouts.AutopilotRecovery);

        Assert.True(stack.App.GetSnapshot(ResourceNames.ExecutionEngine).IsHealthy);
        Assert.True(stack.App.GetSnapshot(ResourceNames.ExecutionEngine).Restarts > restartsBefore, "the engine was started again");
        var timeline = await ResponderApi.TimelineAsync(responder, id);
        Assert.Contains(timeline, e => e.GetProperty("at").GetDateTimeOffset() >= killedAt
            && e.GetProperty("type").GetString() == "step_succeeded" && e.GetProperty("data").GetProperty("step").GetString() == "restart");
        Assert.Contains(timeline, e => e.GetProperty("at").GetDateTimeOffset() >= killedAt
            && e.GetProperty("type").GetString() == "step_succeeded" && e.GetProperty("data").GetProperty("step").GetString() == "verify");
        var postmortem = await responder.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}/postmortem");
        Assert.Contains("restart (resource.restart on execution-engine)", postmortem.GetProperty("resolution").GetString(), StringComparison.Ordinal);
        // The verify step's stream condition ticks seed 004's "Stream processing normal", with what it measured.
        var streams = postmortem.GetProperty("recoveryChecklist").EnumerateArray().Single(c => c.GetProperty("item").GetString() == "Stream processing normal");
        Assert.True(streams.GetProperty("verified").GetBoolean(), streams.GetProperty("evidence").GetString());
        Assert.Contains("orders.approved", streams.GetProperty("evidence").GetString(), StringComparison.Ordinal);
        var measures = postmortem.GetProperty("measures");
        Assert.Equal(JsonValueKind.Number, measures.GetProperty("mttdSeconds").ValueKind);
        Assert.Equal(JsonValueKind.Number, measures.GetProperty("mttrSeconds").ValueKind);
        var listed = (await ResponderApi.IncidentAsync(responder, id)).GetProperty("measures");
        Assert.Equal(measures.GetProperty("mttrSeconds").GetDouble(), listed.GetProperty("mttrSeconds").GetDouble());
        output.WriteLine($"autopilot: MTTD {measures.GetProperty("mttdSeconds").GetDouble():0.0} s, MTTR {measures.GetProperty("mttrSeconds").GetDouble():0.0} s");
    }

    [Fact]
    public async Task InDryRunTheAutopilotPlansTheRunbookAndChangesNothing()
    {
        using var responder = stack.App.CreateHttpClient(ResourceNames.IncidentResponder);
        using var admin = stack.CreateAdminClient(ResourceNames.IncidentResponder);
        Assert.True((await ResponderApi.SetAutomationAsync(admin, "autopilot", dryRun: true)).GetProperty("dryRun").GetBoolean());
        var restartsBefore = stack.App.GetSnapshot(ResourceNames.ExecutionEngine).Restarts;
        var (incident, killedAt) = await ResponderApi.KillAndAwaitIncidentAsync(stack, responder, ResourceNames.ExecutionEngine);
        var id = incident.GetProperty("id").GetInt64();
        // The run ends with its dry-run note; whatever it executed would have happened before.
        await Eventually.Async(stack, $"the autopilot planned incident {id}'s runbook", async () =>
            (await ResponderApi.TimelineAsync(responder, id)).Any(e => e.GetProperty("at").GetDateTimeOffset() >= killedAt
                && e.GetProperty("type").GetString() == "note"
                && e.GetProperty("data").GetProperty("text").GetString()!.StartsWith("autopilot dry run", StringComparison.Ordinal)),
            TestTimeouts.AlertResolution);

        Assert.Equal("planned", (await ResponderApi.StepAsync(responder, id, "restart"))?.GetProperty("status").GetString());
        var engine = stack.App.GetSnapshot(ResourceNames.ExecutionEngine);
        Assert.False(engine.IsHealthy, "the dry run restarted nothing");
        Assert.Equal(restartsBefore, engine.Restarts);
        // Not moved to mitigating by the autopilot (acknowledged when it re-opened an incident acknowledged before).
        Assert.Contains((await ResponderApi.IncidentAsync(responder, id)).GetProperty("state").GetString(), new[] { "triggered", "acknowledged" });
    }

    [Fact]
    public async Task AfterADailyLossLimitHaltTheAutopilotUnhaltsOnlyAfterApproval()
    {
        using var responder = stack.App.CreateHttpClient(ResourceNames.IncidentResponder);
        using var orchestrator = stack.CreateAdminClient(ResourceNames.Orchestrator);
        using var admin = stack.CreateAdminClient(ResourceNames.IncidentResponder);
        await ResponderApi.SetAutomationAsync(admin, "autopilot");

        // The halt the orchestrator makes when PnL crosses the limit; PnL is random here, so the test halts with that reason.
        (await orchestrator.PostAsJsonAsync("/admin/orchestrate/halt", new { reason = HaltReasons.DailyLossLimit })).EnsureSuccessStatusCode();

        JsonElement incident = default;
        await Eventually.Async(stack, "a daily-loss-limit incident is open", async () =>
        {
            incident = (await ResponderApi.IncidentsAsync(responder))
                .FirstOrDefault(i => i.GetProperty("runbook").GetString() == "daily-loss-limit" && ResponderApi.IsOpen(i));
            return incident.ValueKind == JsonValueKind.Object;
        }, TestTimeouts.AlertResolution);
        Assert.Equal("P0", incident.GetProperty("severity").GetString());
        var id = incident.GetProperty("id").GetInt64();

        await Eventually.Async(stack, "the unhalt step waits for approval", async () =>
            (await ResponderApi.StepAsync(responder, id, "unhalt-after-review"))?.GetProperty("status").GetString() == "awaiting_approval",
            TestTimeouts.AlertResolution);
        await Task.Delay(TestTimeouts.HaltPropagation);
        Assert.True((await stack.PnlStatusAsync()).Halted, "no unhalt before the approval");

        (await admin.PostAsJsonAsync($"/api/incidents/{id}/steps/unhalt-after-review/approve", new { by = "integration-test" })).EnsureSuccessStatusCode();

        await Eventually.Async(stack, "trading resumes after the approval", async () => !(await stack.PnlStatusAsync()).Halted, TestTimeouts.OrdersResume);
        await Eventually.Async(stack, "the unhalt step succeeded", async () =>
            (await ResponderApi.StepAsync(responder, id, "unhalt-after-review"))?.GetProperty("status").GetString() == "succeeded",
            TestTimeouts.OrdersResume);
    }

    [Fact]
    public async Task TheModeChangesOnlyWithTheTokenAndToAKnownMode()
    {
        using var anonymous = stack.App.CreateHttpClient(ResourceNames.IncidentResponder);
        using var admin = stack.CreateAdminClient(ResourceNames.IncidentResponder);

        using var refused = await anonymous.PutAsJsonAsync("/api/automation", new { mode = "autopilot" });
        using var unknown = await admin.PutAsJsonAsync("/api/automation", new { mode = "yolo" });

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Contains("yolo", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("off", (await anonymous.GetFromJsonAsync<JsonElement>("/api/automation")).GetProperty("mode").GetString());
    }
}
