using System.Net.Http.Json;
using System.Text.Json;
using GameDay.Contracts;
using Npgsql;

namespace GameDay.Integration.Tests;

/// The responder resolves an incident only once no runbook step of it is running: an incident whose alerts have
/// long been clear waits while the autopilot's mitigation (or verification) is still under way.
[Collection(StackCollection.Name)]
public sealed class IncidentResolutionTests(StackFixture stack)
{
    [Fact]
    public async Task AnIncidentWithARunningStepIsNotResolvedUntilTheStepEnds()
    {
        await using var responderDb = NpgsqlDataSource.Create(stack.App.GetConnectionString(ResourceNames.ResponderDb));
        var resource = "test-" + Guid.NewGuid().ToString("N")[..8];
        // One statement, so the responder never sees the incident without its running step (it would resolve it at once).
        var id = await ScalarAsync<long>(responderDb,
            "WITH incident AS (INSERT INTO incidents (key, title, runbook, resource, severity, state, first_signal_at, detected_at, recovered_at) " +
            "VALUES ('service-crash/' || $1, $1 || ' is down', 'service-crash', $1, 'P2', 'monitoring', " +
            "now() - interval '2 minutes', now() - interval '2 minutes', now() - interval '1 minute') RETURNING id) " +
            "INSERT INTO incident_steps (incident_id, step_id, position, kind, action, risk, status, detail, started_at, target) " +
            "SELECT id, 'restart', 4, 'mitigate', 'resource.restart', 'medium', 'running', 'resource.restart on ' || $1, now(), $1 FROM incident " +
            "RETURNING incident_id", resource);
        using var responder = stack.App.CreateHttpClient(ResourceNames.IncidentResponder);

        await Task.Delay(TestTimeouts.QuietObservation);
        Assert.Equal("monitoring", await StateAsync(responder, id));

        // What the autopilot's recorder writes when a step succeeds: the row, and the timeline event the post-mortem reads.
        await ScalarAsync<int>(responderDb,
            "UPDATE incident_steps SET status = 'succeeded', finished_at = now() WHERE incident_id = $1 RETURNING 1", id);
        await ScalarAsync<int>(responderDb,
            "INSERT INTO incident_timeline (incident_id, at, type, data) VALUES ($1, now(), 'step_succeeded', " +
            "jsonb_build_object('step', 'restart', 'action', 'resource.restart', 'kind', 'mitigate', 'target', $2::text, 'summary', 'restart succeeded')) RETURNING 1",
            id, resource);
        await Eventually.Async(stack, $"incident {id} is resolved once its step ended", async () => await StateAsync(responder, id) == "resolved",
            TestTimeouts.AlertResolution);
        var postmortem = await responder.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}/postmortem");
        Assert.StartsWith($"mitigated by restart (resource.restart on {resource})", postmortem.GetProperty("resolution").GetString(), StringComparison.Ordinal);
    }

    private static async Task<string?> StateAsync(HttpClient responder, long id) =>
        (await responder.GetFromJsonAsync<JsonElement>($"/api/incidents/{id}")).GetProperty("incident").GetProperty("state").GetString();

    private static async Task<T> ScalarAsync<T>(NpgsqlDataSource db, string sql, params object[] parameters)
    {
        await using var command = db.CreateCommand(sql);
        foreach (var p in parameters) command.Parameters.Add(new NpgsqlParameter { Value = p });
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
