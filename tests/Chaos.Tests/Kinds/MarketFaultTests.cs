using System.Text.Json;
using GameDay.Chaos.Kinds;
using GameDay.Chaos.Kinds.Market;
using GameDay.Chaos.Tests.Fakes;
using GameDay.Contracts;

namespace GameDay.Chaos.Tests.Kinds;

/// market.move: the same shock request to the venue and to the data ingestor (so both compute the same prices),
/// the retrace on revert to whichever got the move, and the sizing against the open positions.
public sealed class MarketFaultTests : IAsyncLifetime
{
    private readonly ChaosRig rig = new();
    private AdminListener broker = null!;
    private AdminListener ingestor = null!;

    public async Task InitializeAsync()
    {
        broker = await AdminListener.StartAsync();
        ingestor = await AdminListener.StartAsync();
        rig.Stack.Add(ResourceNames.Broker, broker.Url);
        rig.Stack.Add(ResourceNames.DataIngestor, ingestor.Url);
    }

    public async Task DisposeAsync()
    {
        await rig.DisposeAsync();
        await broker.DisposeAsync();
        await ingestor.DisposeAsync();
    }

    [Fact]
    public async Task AnIndexMoveSendsTheSameShockToTheVenueAndTheMarketDataAndTheRevertRetracesIt()
    {
        var fault = rig.Create(Specs.Of("market.move", null, "index=-0.2", "over=10s"));

        Assert.StartsWith("the index moves -20%, over 10 s from", await fault.InjectAsync(default), StringComparison.Ordinal);
        var (toVenue, toData) = (Assert.Single(broker.Requests), Assert.Single(ingestor.Requests));
        Assert.Equal(("POST", "/admin/market/shock", FakeStack.Token), (toVenue.Method, toVenue.Path, toVenue.AdminToken));
        Assert.Equal(toVenue.Body, toData.Body);
        var (move, steps, startAt) = Shock(toVenue);
        Assert.Equal((-0.2, 20), (move, steps));
        Assert.Equal(rig.Clock.GetUtcNow() + TimeSpan.FromSeconds(2), startAt);

        Assert.Equal("the market retraces the move over 10 s", await fault.RevertAsync(default));
        Assert.Equal("the market was not moved", await fault.RevertAsync(default));
        Assert.Equal(2, broker.Requests.Count);
        Assert.Equal(broker.Requests[1].Body, ingestor.Requests[1].Body);
        Assert.Equal(0.25, Shock(broker.Requests[1]).Move, 10);
    }

    [Fact]
    public async Task WhenTheMarketDataRefusesTheInjectFailsAndTheRevertRetracesTheVenueOnly()
    {
        ingestor.Status = 400;
        var fault = rig.Create(Specs.Of("market.move", null, "index=0.05"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => fault.InjectAsync(default));

        Assert.StartsWith("data-ingestor refused the move: 400", error.Message, StringComparison.Ordinal);
        await fault.RevertAsync(default);
        Assert.Equal(2, broker.Requests.Count);
        Assert.Single(ingestor.Requests);
    }

    [Fact]
    public void AnAdverseMoveGoesAgainstEachPositionAndIsSizedToPassTheLossLimitByTheAmount()
    {
        // PnL 2,000 with a 10,000 limit: 12,000 to the limit, 3,000 past it; gross 100×100 + 50×200 = 20,000... × 10.
        var book = new TradingBook(2_000m, 10_000m, 50_000m, [new("LONG", 1_000, 100m), new("SHORT", -500, 200m)]);

        var (moves, summary) = MarketMoveFault.Plan(MarketMoveKind.Settings(Specs.Of("market.move", null, "pastLimit=3000")), book);

        Assert.Equal([("LONG", -0.075), ("SHORT", 0.075)], moves.Select(m => (m.Symbol, Math.Round(m.Return, 6))));
        Assert.Contains("against their positions to take PnL 3,000 past the daily loss limit (-10,000)", summary, StringComparison.Ordinal);
        Assert.Contains("about -15,000", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void AFavourableMoveGoesWithEachPositionTowardsTheTarget()
    {
        var book = new TradingBook(45_000m, 10_000m, 50_000m, [new("LONG", 1_000, 100m), new("SHORT", -500, 200m)]);

        var (moves, _) = MarketMoveFault.Plan(MarketMoveKind.Settings(Specs.Of("market.move", null, "direction=favourable", "pastLimit=1000")), book);

        Assert.Equal([("LONG", 0.03), ("SHORT", -0.03)], moves.Select(m => (m.Symbol, Math.Round(m.Return, 6))));
    }

    [Fact]
    public void PositionsTooSmallForTheLossWithinTheLargestMoveAreRefusedWithTheNumbers()
    {
        var book = new TradingBook(0m, 200_000m, 400_000m, [new("LONG", 10, 100m)]);

        var error = Assert.Throws<InvalidOperationException>(() => MarketMoveFault.Plan(MarketMoveKind.Settings(Specs.Of("market.move", null, "pnl=5000")), book));

        Assert.Equal("the open positions are too small to change PnL by 5,000: a 8% move of all 1 (gross 1,000) changes PnL by 80 only", error.Message);
        Assert.Throws<InvalidOperationException>(() => MarketMoveFault.Plan(MarketMoveKind.Settings(Specs.Of("market.move", null, "move=0.01")), book with { Positions = [] }));
    }

    private static (double Move, int Steps, DateTimeOffset StartAt) Shock(RecordedRequest request)
    {
        using var body = JsonDocument.Parse(request.Body);
        var root = body.RootElement;
        return (root.GetProperty("totalReturn").GetDouble(), root.GetProperty("steps").GetInt32(), root.GetProperty("startAt").GetDateTimeOffset());
    }
}
