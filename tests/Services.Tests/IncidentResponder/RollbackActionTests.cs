using GameDay.IncidentResponder.Actions;

namespace GameDay.Services.Tests.IncidentResponder;

public sealed class RollbackActionTests
{
    private const string Restore = "autopilot-control DELETE /api/resources/execution-engine/config";
    private const string Restart = "autopilot-control POST /api/resources/execution-engine/commands/restart";

    [Fact]
    public async Task ADeploymentIsRolledBackAndTheServiceRestartedOnTheLastKnownGoodConfiguration()
    {
        var (outcome, requests) = await RollBackAsync("""{"resource":"execution-engine","restored":["Execution__OrderContract"]}""");

        Assert.True(outcome.Succeeded, outcome.Detail);
        Assert.Equal([Restore, Restart], requests);
        Assert.True(outcome.NewDeployment);
        Assert.StartsWith("rolled back Execution__OrderContract of execution-engine; restarted", outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithNothingToRollBackNothingIsRestarted()
    {
        var (outcome, requests) = await RollBackAsync("""{"resource":"execution-engine","restored":[]}""");

        Assert.True(outcome.Succeeded, outcome.Detail);
        Assert.Equal([Restore], requests);
        Assert.False(outcome.NewDeployment);
        Assert.Contains("nothing to roll back", outcome.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"resource":"execution-engine","restored":["Execution__OrderContract"]}""", true)]
    [InlineData("""{"resource":"execution-engine","restored":[]}""", false)]
    public async Task ARestoredConfigurationIsANewDeploymentOnlyWhenSomethingWasRestored(string answer, bool deployed)
    {
        var http = new FakeHttp().On(HttpActionClients.Control, HttpMethod.Delete, "/api/resources/execution-engine/config", answer);

        var outcome = await new RestoreConfigAction(http.Clients).ExecuteAsync(
            new ActionContext(1, "memory-leak", "roll-back-config", new Dictionary<string, string> { ["resource"] = "execution-engine" }),
            CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.Detail);
        Assert.Equal(deployed, outcome.NewDeployment);
    }

    [Fact]
    public async Task TheResponderDoesNotRollItselfBack()
    {
        var http = new FakeHttp();

        var outcome = await new RollbackAction(http.Clients).ExecuteAsync(
            new ActionContext(1, "bad-deployment", "roll-back", new Dictionary<string, string> { ["resource"] = "incident-responder" }),
            CancellationToken.None);

        Assert.False(outcome.Succeeded);
        Assert.Empty(http.Requests);
    }

    [Fact]
    public async Task ARestartThatFailsFailsTheRollback()
    {
        var (outcome, _) = await RollBackAsync("""{"resource":"execution-engine","restored":["Execution__OrderContract"]}""",
            System.Net.HttpStatusCode.Conflict);

        Assert.False(outcome.Succeeded);
        Assert.Contains("but the restart failed: 409", outcome.Detail, StringComparison.Ordinal);
    }

    private static async Task<(ActionOutcome, List<string>)> RollBackAsync(string restored, System.Net.HttpStatusCode restart = System.Net.HttpStatusCode.OK)
    {
        var http = new FakeHttp()
            .On(HttpActionClients.Control, HttpMethod.Delete, "/api/resources/execution-engine/config", restored)
            .On(HttpActionClients.Control, HttpMethod.Post, "/api/resources/execution-engine/commands/restart", """{"succeeded":true}""", restart);
        var outcome = await new RollbackAction(http.Clients).ExecuteAsync(
            new ActionContext(1, "dlq-accumulation", "roll-back", new Dictionary<string, string> { ["resource"] = "execution-engine" }),
            CancellationToken.None);
        return (outcome, http.Requests);
    }
}
