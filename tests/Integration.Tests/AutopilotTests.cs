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
        var steps = await responder.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}/steps");
        var restart = steps.EnumerateArray().Single(s => s.GetProperty("stepId").GetString() == "restart");
        Assert.Equal("succeeded", restart.GetProperty("status").GetString());
        var measures = (await responder.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}/postmortem")).GetProperty("measures");
        output.WriteLine($"autopilot: MTTD {measures.GetProperty("mttdSeconds").GetDouble():0.0} s, MTTR {measures.GetProperty("mttrSeconds").GetDouble():0.0} s");
    }
}
