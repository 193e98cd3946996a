using System.Text.Json;
using GameDay.Chaos.Tests.Fakes;
using GameDay.Contracts;

namespace GameDay.Chaos.Tests.Kinds;

/// venue.errors and venue.expire-tokens: calls to the broker's admin API with the run's admin token.
public sealed class VenueFaultTests : IAsyncLifetime
{
    private readonly ChaosRig rig = new();
    private AdminListener broker = null!;

    public async Task InitializeAsync()
    {
        broker = await AdminListener.StartAsync();
        rig.Stack.Add(ResourceNames.Broker, broker.Url);
    }

    public async Task DisposeAsync()
    {
        await rig.DisposeAsync();
        await broker.DisposeAsync();
    }

    [Fact]
    public async Task ErrorsPutTheRatesAndRevertPutsZeros()
    {
        var fault = rig.Create(Specs.Of("venue.errors", null, "errorRate=0.3", "timeoutRate=0.1", "latencyMs=250"));

        Assert.Equal("PUT /admin/faults: 200", await fault.InjectAsync(default));
        var inject = Assert.Single(broker.Requests);
        Assert.Equal(("PUT", "/admin/faults", FakeStack.Token), (inject.Method, inject.Path, inject.AdminToken));
        Assert.Equal((0.3, 0.1, 250.0), Rates(inject));

        await fault.RevertAsync(default);
        Assert.Equal(2, broker.Requests.Count);
        Assert.Equal(("PUT", "/admin/faults", FakeStack.Token), (broker.Requests[1].Method, broker.Requests[1].Path, broker.Requests[1].AdminToken));
        Assert.Equal((0.0, 0.0, 0.0), Rates(broker.Requests[1]));
    }

    [Fact]
    public async Task ErrorsWithoutParametersFailHalfTheCalls()
    {
        await rig.Create(Specs.Of("venue.errors", null)).InjectAsync(default);

        Assert.Equal((0.5, 0.0, 0.0), Rates(Assert.Single(broker.Requests)));
    }

    [Fact]
    public async Task ASecondRevertOrARevertAfterTheOperatorResetTheVenueLeavesItWithoutFaults()
    {
        var fault = rig.Create(Specs.Of("venue.errors", null, "errorRate=1"));
        await fault.InjectAsync(default);

        await fault.RevertAsync(default);
        await fault.RevertAsync(default);

        Assert.All(broker.Requests.Skip(1), r => Assert.Equal((0.0, 0.0, 0.0), Rates(r)));
    }

    [Fact]
    public async Task ABrokerThatRefusesMakesTheInjectFailWithItsAnswer()
    {
        broker.Status = 400;
        var fault = rig.Create(Specs.Of("venue.errors", null, "errorRate=0.3"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => fault.InjectAsync(default));

        Assert.Contains("PUT /admin/faults: 400", error.Message, StringComparison.Ordinal);
        Assert.Contains("refused by the test", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExpireTokensInvalidatesTheSessionsAndRevertCallsNothing()
    {
        var fault = rig.Create(Specs.Of("venue.expire-tokens", null));

        await fault.InjectAsync(default);
        var call = Assert.Single(broker.Requests);
        Assert.Equal(("POST", "/admin/session/invalidate", FakeStack.Token), (call.Method, call.Path, call.AdminToken));

        await fault.RevertAsync(default);
        await fault.RevertAsync(default);
        Assert.Single(broker.Requests);
    }

    [Fact]
    public async Task HaltPutsAMarketHaltOfItsMinutesAndRevertLiftsIt()
    {
        var fault = rig.Create(Specs.Of("venue.halt", null, "minutes=2.5"));

        Assert.Equal("PUT /admin/market/halt: 200", await fault.InjectAsync(default));
        var inject = Assert.Single(broker.Requests);
        using (var body = JsonDocument.Parse(inject.Body))
        {
            Assert.Equal(2.5, body.RootElement.GetProperty("minutes").GetDouble());
        }

        Assert.Equal("DELETE /admin/market/halt: 200", await fault.RevertAsync(default));
        Assert.Equal(("DELETE", "/admin/market/halt", FakeStack.Token), (broker.Requests[1].Method, broker.Requests[1].Path, broker.Requests[1].AdminToken));
    }

    [Fact]
    public async Task ReportGapSetsTheShareTheFeedLosesAndRevertEndsTheLoss()
    {
        var fault = rig.Create(Specs.Of("venue.report-gap", null, "share=0.4"));

        Assert.Equal("PUT /admin/report-gap: 200", await fault.InjectAsync(default));
        Assert.Equal(("PUT", "/admin/report-gap", FakeStack.Token), (broker.Requests[0].Method, broker.Requests[0].Path, broker.Requests[0].AdminToken));
        Assert.Equal(0.4, GapRate(broker.Requests[0]));

        Assert.Equal("PUT /admin/report-gap: 200", await fault.RevertAsync(default));
        Assert.Equal(0, GapRate(broker.Requests[1]));
    }

    [Fact]
    public async Task LostAcksSetsTheCountOfAnswersToLoseAndRevertEndsIt()
    {
        var fault = rig.Create(Specs.Of("venue.lost-acks", null, "count=6"));

        Assert.Equal("PUT /admin/lost-acks: 200", await fault.InjectAsync(default));
        Assert.Equal(("PUT", "/admin/lost-acks", FakeStack.Token), (broker.Requests[0].Method, broker.Requests[0].Path, broker.Requests[0].AdminToken));
        using (var inject = JsonDocument.Parse(broker.Requests[0].Body)) Assert.Equal(6, inject.RootElement.GetProperty("count").GetInt32());

        Assert.Equal("PUT /admin/lost-acks: 200", await fault.RevertAsync(default));
        using var revert = JsonDocument.Parse(broker.Requests[1].Body);
        Assert.Equal(0, revert.RootElement.GetProperty("count").GetInt32());
    }

    private static double GapRate(RecordedRequest request)
    {
        using var body = JsonDocument.Parse(request.Body);
        return body.RootElement.GetProperty("rate").GetDouble();
    }

    private static (double ErrorRate, double TimeoutRate, double LatencyMs) Rates(RecordedRequest request)
    {
        using var body = JsonDocument.Parse(request.Body);
        var root = body.RootElement;
        return (root.GetProperty("errorRate").GetDouble(), root.GetProperty("timeoutRate").GetDouble(), root.GetProperty("latencyMs").GetDouble());
    }
}
