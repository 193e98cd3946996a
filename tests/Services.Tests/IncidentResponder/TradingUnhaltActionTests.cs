using GameDay.IncidentResponder.Actions;

namespace GameDay.Services.Tests.IncidentResponder;

public sealed class TradingUnhaltActionTests
{
    private const string Unhalt = "autopilot-orchestrator POST /admin/orchestrate/unhalt";

    [Fact]
    public async Task WithAReasonAHaltForAnotherReasonIsNotLifted()
    {
        var (outcome, requests) = await UnhaltAsync("""{"state":"HALTED","haltReason":"daily_loss_limit"}""", "system_error");

        Assert.False(outcome.Succeeded);
        Assert.Contains("daily_loss_limit", outcome.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(Unhalt, requests);
    }

    [Theory]
    [InlineData("HALTED")]
    [InlineData("REDUCING")]
    public async Task WithAReasonTheRunbooksOwnHaltOrPauseIsLifted(string state)
    {
        var (outcome, requests) = await UnhaltAsync($$"""{"state":"{{state}}","haltReason":"system_error"}""", "system_error");

        Assert.True(outcome.Succeeded, outcome.Detail);
        Assert.Contains(Unhalt, requests);
    }

    [Fact]
    public async Task WithAReasonActiveTradingIsLeftAlone()
    {
        var (outcome, requests) = await UnhaltAsync("""{"state":"ACTIVE","haltReason":null}""", "security_incident");

        Assert.True(outcome.Succeeded);
        Assert.DoesNotContain(Unhalt, requests);
    }

    [Fact]
    public async Task WithoutAReasonTheUnhaltIsSentAsBefore()
    {
        var (outcome, requests) = await UnhaltAsync("""{"state":"HALTED","haltReason":"daily_loss_limit"}""", null);

        Assert.True(outcome.Succeeded);
        Assert.Equal([Unhalt], requests);
    }

    private static async Task<(ActionOutcome, List<string>)> UnhaltAsync(string status, string? reason)
    {
        var http = new FakeHttp()
            .Get(HttpActionClients.Orchestrator, "/pnl/status", status)
            .On(HttpActionClients.Orchestrator, HttpMethod.Post, "/admin/orchestrate/unhalt", """{"state":"ACTIVE"}""");
        var parameters = reason is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["reason"] = reason };
        var outcome = await new TradingUnhaltAction(http.Clients).ExecuteAsync(new ActionContext(1, "r", "resume", parameters), CancellationToken.None);
        return (outcome, http.Requests);
    }
}
