using System.Text.Json;
using GameDay.Chaos.Tests.Fakes;
using GameDay.Contracts;

namespace GameDay.Chaos.Tests.Kinds;

/// config.trading-limits: limits set relative to the current PnL through the orchestrator's admin API, and the
/// previous limits put back by the revert (once).
public sealed class TradingLimitsFaultTests : IAsyncLifetime
{
    private readonly ChaosRig rig = new();
    private AdminListener orchestrator = null!;

    public async Task InitializeAsync()
    {
        orchestrator = await AdminListener.StartAsync();
        orchestrator.Replies["GET /pnl/status"] = """{"totalPnl":-2500.5,"dailyLossLimit":200000,"dailyTarget":400000}""";
        rig.Stack.Add(ResourceNames.Orchestrator, orchestrator.Url);
    }

    public async Task DisposeAsync()
    {
        await rig.DisposeAsync();
        await orchestrator.DisposeAsync();
    }

    [Fact]
    public async Task TheLimitsAreSetTheHeadroomAwayFromPnlAndTheRevertRestoresThePreviousOnes()
    {
        var fault = rig.Create(Specs.Of("config.trading-limits", null, "lossHeadroom=15000", "targetHeadroom=5000"));

        Assert.Equal("daily loss limit 200,000 → 17,500, daily target 400,000 → 2,500 (PnL -2,501)", await fault.InjectAsync(default));
        Assert.Equal((17_500m, 2_500m), Limits(orchestrator.Requests[1]));
        Assert.Equal(("PUT", "/admin/limits", FakeStack.Token), (orchestrator.Requests[1].Method, orchestrator.Requests[1].Path, orchestrator.Requests[1].AdminToken));

        Assert.Equal("daily loss limit 200,000 and daily target 400,000 restored", await fault.RevertAsync(default));
        Assert.Equal("the limits were not changed", await fault.RevertAsync(default));
        Assert.Equal(3, orchestrator.Requests.Count);
        Assert.Equal((200_000m, 400_000m), Limits(orchestrator.Requests[2]));
    }

    [Fact]
    public async Task AHeadroomSmallerThanTheProfitLeavesTheSmallestPositiveLimit()
    {
        orchestrator.Replies["GET /pnl/status"] = """{"totalPnl":30000,"dailyLossLimit":200000,"dailyTarget":400000}""";

        await rig.Create(Specs.Of("config.trading-limits", null, "lossHeadroom=15000")).InjectAsync(default);

        Assert.Equal((1_000m, 400_000m), Limits(orchestrator.Requests[1]));
    }

    [Fact]
    public async Task ARevertTheOrchestratorRefusesFailsAndASecondOneRestores()
    {
        var fault = rig.Create(Specs.Of("config.trading-limits", null, "lossHeadroom=15000"));
        await fault.InjectAsync(default);

        orchestrator.Status = 400;
        await Assert.ThrowsAsync<InvalidOperationException>(() => fault.RevertAsync(default));
        orchestrator.Status = 200;
        Assert.Equal("daily loss limit 200,000 and daily target 400,000 restored", await fault.RevertAsync(default));
    }

    private static (decimal Loss, decimal Target) Limits(RecordedRequest request)
    {
        using var body = JsonDocument.Parse(request.Body);
        return (body.RootElement.GetProperty("dailyLossLimit").GetDecimal(), body.RootElement.GetProperty("dailyTarget").GetDecimal());
    }
}
