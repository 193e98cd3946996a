using System.Net.Http.Json;
using System.Text.Json;
using GameDay.AppHost.Drills;
using GameDay.Contracts;
using Xunit.Abstractions;

namespace GameDay.Integration.Tests.Drills;

/// Trainee mode end to end: the responder executes nothing and lays the runbook out; the test plays the person on
/// call. Taking the page and restarting the engine passes the service-crash drill with every mark; taking the page
/// and doing nothing fails it on the runbook's restart (and on recovery).
[Collection(StackCollection.Name)]
public sealed class TraineeDrillTests(StackFixture stack, ITestOutputHelper output) : IAsyncLifetime
{
    public Task InitializeAsync() => stack.EnsureHealthyAsync();

    public Task DisposeAsync() => stack.EnsureHealthyAsync();

    [Fact]
    public async Task ATraineeWhoTakesThePageAndRestartsTheEnginePassesWithEveryMark()
    {
        using var started = new CancellationTokenSource(TestTimeouts.Drill);
        var trainee = PlayTraineeAsync(restart: true, started.Token);

        var journal = await DrillHarness.RunAsync(stack, "service-crash", output, new DrillOptions(42, DrillOptions.Trainee) { TimeLimit = TimeSpan.FromMinutes(3) });
        await trainee;

        Assert.True(journal.Outcome == DrillJournal.Passed, DrillHarness.Failures(journal));
        Assert.Contains(journal.Checks, c => c.Name == "trainee took the page" && c.Passed && c.Detail.StartsWith("acknowledged by trainee-test", StringComparison.Ordinal));
        Assert.Contains(journal.Checks, c => c.Name.StartsWith("trainee did restart", StringComparison.Ordinal) && c.Detail.StartsWith("seen: restart of execution-engine by trainee-test", StringComparison.Ordinal));
        Assert.NotNull(journal.Measures.MttaSeconds);
    }

    [Fact]
    public async Task ATraineeWhoTakesThePageButDoesNotRestartFailsOnTheRunbooksRestart()
    {
        using var started = new CancellationTokenSource(TestTimeouts.Drill);
        var trainee = PlayTraineeAsync(restart: false, started.Token);

        var journal = await DrillHarness.RunAsync(stack, "service-crash", output, new DrillOptions(42, DrillOptions.Trainee) { TimeLimit = TimeSpan.FromSeconds(60) });
        await trainee;

        Assert.Equal(DrillJournal.Failed, journal.Outcome);
        Assert.Contains(journal.Checks, c => c.Name == "trainee took the page" && c.Passed);
        Assert.Contains(journal.Checks, c => c.Name.StartsWith("trainee did restart", StringComparison.Ordinal) && !c.Passed);
        Assert.Contains(journal.Checks, c => c.Name.StartsWith("recovered within 60s", StringComparison.Ordinal) && !c.Passed);
        Assert.Contains(journal.Checks, c => c.Name == "invariant all-healthy" && c.Passed);
    }

    /// Waits for the drill's incident and its laid-out steps, takes the page, restarts the engine (or not) and
    /// reports the diagnosis done, as a person following runbooks/service-crash.md would.
    private async Task PlayTraineeAsync(bool restart, CancellationToken ct)
    {
        using var responder = stack.App.CreateHttpClient(ResourceNames.IncidentResponder);
        using var admin = stack.CreateAdminClient(ResourceNames.IncidentResponder);
        long id = 0;
        // The page to take: the drill's own incident, triggered, with its steps laid out as to do (the mode was off
        // before the drill). An incident an earlier drill left acknowledged or monitoring is someone else's.
        while (!ct.IsCancellationRequested && id == 0)
        {
            var open = (await ResponderApi.IncidentsAsync(responder)).FirstOrDefault(i =>
                i.GetProperty("state").GetString() == "triggered" && ResponderApi.Is(i, ResourceNames.ExecutionEngine, "service-crash"));
            if (open.ValueKind == JsonValueKind.Object && (await ResponderApi.StepAsync(responder, open.GetProperty("id").GetInt64(), "restart"))?.GetProperty("status").GetString() == "to_do")
            {
                id = open.GetProperty("id").GetInt64();
            }
            else
            {
                await Task.Delay(TimeSpan.FromSeconds(1), ct);
            }
        }
        (await admin.PostAsJsonAsync($"/api/incidents/{id}/acknowledge", new { by = "trainee-test" }, ct)).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync($"/api/incidents/{id}/steps/inspect/done", new { by = "trainee-test", note = "read the last log lines" }, ct)).EnsureSuccessStatusCode();
        if (!restart) return;
        using var control = stack.App.CreateControlApiClient();
        var result = await control.ExecuteCommandAsync(ResourceNames.ExecutionEngine, "restart", "trainee-test", ct);
        output.WriteLine($"trainee: {result.Message}");
    }
}
