using GameDay.IncidentResponder.Actions;

namespace GameDay.Services.Tests.IncidentResponder;

public sealed class VenueActionsTests
{
    private const string Broken = """
        {"session":"venue_auth_failed","tokenExpiresAt":null,"lastError":"401 invalid_token","circuit":"open","circuitState":1,
         "routedVenue":"primary","primaryMode":"normal","market":"open","blockedUntil":"0001-01-01T00:00:00+00:00","blockReason":null,"canSend":false}
        """;

    private const string Healthy = """
        {"session":"valid","tokenExpiresAt":"2025-01-07T00:30:00+00:00","lastError":null,"circuit":"closed","circuitState":0,
         "routedVenue":"primary","primaryMode":"normal","market":"open","blockedUntil":"0001-01-01T00:00:00+00:00","blockReason":null,"canSend":true}
        """;

    [Theory]
    [InlineData(VenueExpectation.SessionValid)]
    [InlineData(VenueExpectation.CircuitClosed)]
    [InlineData(VenueExpectation.CanSend)]
    public async Task AnExpectationPassesOnAHealthyVenueAndFailsOnABrokenOne(string expect)
    {
        var healthy = await StatusAsync(Healthy, expect);
        var broken = await StatusAsync(Broken, expect);

        Assert.True(healthy.Succeeded, healthy.Detail);
        Assert.False(broken.Succeeded);
        Assert.StartsWith($"{expect}: no.", broken.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarketPausedHoldsOnlyWhileTheEngineSeesTheMarketClosedOrHalted()
    {
        var open = await StatusAsync(Healthy, VenueExpectation.MarketPaused);
        var halted = await StatusAsync(Healthy.Replace("\"market\":\"open\"", "\"market\":\"halted\"", StringComparison.Ordinal), VenueExpectation.MarketPaused);

        Assert.False(open.Succeeded);
        Assert.True(halted.Succeeded, halted.Detail);
        Assert.Contains("market halted", halted.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAnExpectationTheStatusIsDescribed()
    {
        var outcome = await StatusAsync(Broken, null);

        Assert.True(outcome.Succeeded);
        Assert.Contains("session venue_auth_failed (401 invalid_token), circuit open", outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownExpectationFailsAndListsTheKnownOnes()
    {
        var outcome = await StatusAsync(Healthy, "fast");

        Assert.False(outcome.Succeeded);
        Assert.Contains(VenueExpectation.CircuitClosed, outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReduceAsksTheOrchestratorForReducingWithTheReason()
    {
        var http = new FakeHttp().On(HttpActionClients.Orchestrator, HttpMethod.Post, "/admin/orchestrate/reduce", """{"state":"REDUCING"}""");

        var outcome = await new TradingReduceAction(http.Clients).ExecuteAsync(Context(new() { ["reason"] = "system_error" }), CancellationToken.None);

        Assert.True(outcome.Succeeded);
        Assert.Equal(["autopilot-orchestrator POST /admin/orchestrate/reduce"], http.Requests);
    }

    private static Task<ActionOutcome> StatusAsync(string venue, string? expect)
    {
        var http = new FakeHttp().Get(HttpActionClients.ExecutionEngine, "/venue", venue);
        return new VenueStatusAction(http.Clients).ExecuteAsync(Context(expect is null ? [] : new() { ["expect"] = expect }), CancellationToken.None);
    }

    private static ActionContext Context(Dictionary<string, string> parameters) => new(1, "broker-api-errors", "step", parameters);
}
