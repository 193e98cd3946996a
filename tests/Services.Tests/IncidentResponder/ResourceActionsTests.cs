using System.Net;
using GameDay.IncidentResponder.Actions;

namespace GameDay.Services.Tests.IncidentResponder;

public sealed class ResourceActionsTests
{
    [Theory]
    [InlineData("incident-responder")]
    [InlineData("responder-postgres")]
    [InlineData("responderdb")]
    public async Task TheResponderNeverRestartsOrStopsWhatItRunsOn(string resource)
    {
        var http = ControlThatAcceptsEveryCommand();

        var restart = await new ResourceRestartAction(http.Clients).ExecuteAsync(Context(resource), CancellationToken.None);
        var stop = await new ResourceStopAction(http.Clients).ExecuteAsync(Context(resource), CancellationToken.None);

        Assert.False(restart.Succeeded);
        Assert.False(stop.Succeeded);
        Assert.Contains("a person must", restart.Detail, StringComparison.Ordinal);
        Assert.Empty(http.Requests);
    }

    [Fact]
    public async Task OtherResourcesAreRestartedThroughTheControlApi()
    {
        var http = ControlThatAcceptsEveryCommand();

        var outcome = await new ResourceRestartAction(http.Clients).ExecuteAsync(Context("execution-engine"), CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.Detail);
        Assert.Equal(["autopilot-control POST /api/resources/execution-engine/commands/restart"], http.Requests);
    }

    [Fact]
    public async Task TheResponderMayStartItsOwnDatabase()
    {
        var http = ControlThatAcceptsEveryCommand();

        var outcome = await new ResourceStartAction(http.Clients).ExecuteAsync(Context("responder-postgres"), CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.Detail);
        Assert.Equal(["autopilot-control POST /api/resources/responder-postgres/commands/start"], http.Requests);
    }

    private static FakeHttp ControlThatAcceptsEveryCommand() =>
        new FakeHttp().On(HttpActionClients.Control, HttpMethod.Post, "/commands/", """{"outcome":"Succeeded"}""", HttpStatusCode.OK);

    private static ActionContext Context(string resource) =>
        new(1, "service-crash", "restart", new Dictionary<string, string> { ["resource"] = resource });
}
