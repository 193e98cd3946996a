using System.Net.Http.Json;
using System.Text.Json;
using GameDay.Contracts;
using Xunit.Abstractions;

namespace GameDay.Integration.Tests;

[Collection(StackCollection.Name)]
public sealed class ResponderTests(StackFixture stack, ITestOutputHelper output) : IAsyncLifetime
{
    public Task InitializeAsync() => stack.EnsureHealthyAsync();

    public Task DisposeAsync() => stack.EnsureHealthyAsync();

    [Fact]
    public async Task AKilledExecutionEngineOpensOneP1IncidentThatResolvesWithMttdAndMttr()
    {
        using var responder = stack.App.CreateHttpClient(ResourceNames.IncidentResponder);
        var (incident, _) = await ResponderApi.KillAndAwaitIncidentAsync(stack, responder, ResourceNames.ExecutionEngine);
        Assert.Equal("P1", incident.GetProperty("severity").GetString());
        Assert.Equal("service-crash", incident.GetProperty("runbook").GetString());
        Assert.True(incident.GetProperty("paged").GetBoolean(), "a P1 incident pages the on-call engineer");

        // With the autopilot off (the shared stack), the restart is the operator's; the responder tracks it and resolves.
        Assert.True((await stack.App.ExecuteCommandAsync(ResourceNames.ExecutionEngine, "start")).Succeeded);
        var id = incident.GetProperty("id").GetInt64();
        await Eventually.Async(stack, $"incident {id} is resolved", async () =>
            (await responder.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}")).GetProperty("incident").GetProperty("state").GetString() == "resolved",
            TestTimeouts.AlertResolution);

        var postmortem = await responder.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}/postmortem");
        var measures = postmortem.GetProperty("measures");
        var mttd = measures.GetProperty("mttdSeconds").GetDouble();
        var mttr = measures.GetProperty("mttrSeconds").GetDouble();
        Assert.InRange(mttd, 0, TestTimeouts.AlertDelivery.TotalSeconds);
        Assert.True(mttr > mttd, $"MTTR {mttr} s must exceed MTTD {mttd} s");
        output.WriteLine($"incident {id}: MTTD {mttd:0.0} s, MTTR {mttr:0.0} s ({measures.GetProperty("basis").GetString()})");
        Assert.DoesNotContain(await ResponderApi.IncidentsAsync(responder), i => ResponderApi.Is(i, ResourceNames.ExecutionEngine, "service-crash") && ResponderApi.IsOpen(i));
    }

    [Fact]
    public async Task ARepeatedWebhookCreatesNoSecondIncident()
    {
        using var responder = stack.App.CreateHttpClient(ResourceNames.IncidentResponder);
        var fingerprint = Guid.NewGuid().ToString("N")[..16];
        var payload = Webhook(fingerprint, "firing", DateTimeOffset.UtcNow.AddSeconds(-5));

        (await responder.PostAsJsonAsync("/api/alerts", payload)).EnsureSuccessStatusCode();
        (await responder.PostAsJsonAsync("/api/alerts", payload)).EnsureSuccessStatusCode();
        (await responder.PostAsJsonAsync("/api/alerts", payload)).EnsureSuccessStatusCode();

        var matching = (await ResponderApi.IncidentsAsync(responder)).Where(i => i.GetProperty("resource").GetString() == "test-" + fingerprint).ToList();
        Assert.Single(matching);
        var resolved = Webhook(fingerprint, "resolved", DateTimeOffset.UtcNow.AddSeconds(-5));
        (await responder.PostAsJsonAsync("/api/alerts", resolved)).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task ADailyTargetHaltPagesNoOne()
    {
        using var orchestrator = stack.CreateAdminClient(ResourceNames.Orchestrator);
        using var responder = stack.App.CreateHttpClient(ResourceNames.IncidentResponder);
        var before = (await ResponderApi.IncidentsAsync(responder)).Select(i => i.GetProperty("id").GetInt64()).ToHashSet();
        try
        {
            // The halt the orchestrator makes when PnL reaches the target; PnL is random here, so the test halts with that reason.
            (await orchestrator.PostAsJsonAsync("/admin/orchestrate/halt", new { reason = HaltReasons.DailyTargetReached })).EnsureSuccessStatusCode();
            Assert.Equal(HaltReasons.DailyTargetReached, (await stack.PnlStatusAsync()).HaltReason);

            JsonElement incident = default;
            await Eventually.Async(stack, "the halt is an incident", async () =>
            {
                var opened = (await ResponderApi.IncidentsAsync(responder)).Where(i => !before.Contains(i.GetProperty("id").GetInt64())
                    && i.GetProperty("runbook").GetString() == "daily-target-reached").ToList();
                if (opened.Count == 0) return false;
                incident = opened[0];
                return true;
            }, TestTimeouts.AlertResolution);
            Assert.Equal("P3", incident.GetProperty("severity").GetString());
            Assert.False(incident.GetProperty("paged").GetBoolean(), "daily_target_reached is normal operation: nobody is paged");
        }
        finally
        {
            await orchestrator.PostAsync("/admin/orchestrate/unhalt", null);
        }
    }

    private static object Webhook(string fingerprint, string status, DateTimeOffset startsAt)
    {
        var labels = new Dictionary<string, string>
        {
            ["alertname"] = "ServiceDown", ["severity"] = "P2", ["runbook"] = "service-crash", ["resource"] = "test-" + fingerprint,
        };
        return new
        {
            version = "4", groupKey = "{}:{alertname=\"ServiceDown\"}", status, receiver = "incident-responder",
            groupLabels = new Dictionary<string, string> { ["alertname"] = "ServiceDown" }, commonLabels = labels,
            commonAnnotations = new Dictionary<string, string> { ["summary"] = "test" }, externalURL = "http://127.0.0.1:9093", truncatedAlerts = 0,
            alerts = new[]
            {
                new
                {
                    status, labels, annotations = new Dictionary<string, string> { ["summary"] = "test" },
                    startsAt = startsAt.ToString("O"), endsAt = status == "resolved" ? DateTimeOffset.UtcNow.ToString("O") : "0001-01-01T00:00:00Z",
                    generatorURL = "http://127.0.0.1:9090/graph", fingerprint,
                },
            },
        };
    }
}
