using GameDay.Chaos.Tests.Fakes;
using GameDay.Contracts;

namespace GameDay.Chaos.Tests.Kinds;

/// market.test-orders: a buy and a sell on each of the first symbols the risk manager has a price for, through its
/// test-order route with the run's token; refusals and an empty market fail the inject.
public sealed class TestOrdersFaultTests : IAsyncLifetime
{
    private readonly ChaosRig rig = new();
    private AdminListener risk = null!;

    public async Task InitializeAsync()
    {
        risk = await AdminListener.StartAsync();
        rig.Stack.Add(ResourceNames.RiskManager, risk.Url);
        risk.Replies["GET /references"] = """{"TCS":{"price":3900.5},"INFY":{"price":1500},"HDFCBANK":{"price":1650}}""";
        risk.Replies["POST /admin/test-orders"] = """{"clientOrderId":"GD-TEST-1"}""";
    }

    public async Task DisposeAsync()
    {
        await rig.DisposeAsync();
        await risk.DisposeAsync();
    }

    [Fact]
    public async Task APairIsPlacedOnEachOfTheFirstSymbolsInOrder()
    {
        var fault = rig.Create(Specs.Of("market.test-orders", null, "pairs=2"));

        Assert.StartsWith("4 test orders placed: GD-TEST-1", await fault.InjectAsync(default), StringComparison.Ordinal);

        var placed = risk.Requests.Where(r => r.Method == "POST").ToList();
        Assert.All(placed, r => Assert.Equal(("/admin/test-orders", FakeStack.Token), (r.Path, r.AdminToken)));
        Assert.Equal(
            ["""{"symbol":"HDFCBANK","side":"BUY"}""", """{"symbol":"HDFCBANK","side":"SELL"}""",
             """{"symbol":"INFY","side":"BUY"}""", """{"symbol":"INFY","side":"SELL"}"""],
            placed.Select(r => r.Body));
        Assert.StartsWith("nothing to revert", await fault.RevertAsync(default), StringComparison.Ordinal);
        Assert.Equal(5, risk.Requests.Count);
    }

    [Fact]
    public async Task ARefusedOrderOrAMarketWithoutPricesFailsTheInject()
    {
        risk.Replies["GET /references"] = "{}";
        var empty = await Assert.ThrowsAsync<InvalidOperationException>(() => rig.Create(Specs.Of("market.test-orders", null)).InjectAsync(default));
        Assert.Contains("no reference price", empty.Message, StringComparison.Ordinal);

        risk.Replies["GET /references"] = """{"TCS":{"price":3900.5}}""";
        risk.Status = 400;
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => rig.Create(Specs.Of("market.test-orders", null)).InjectAsync(default));
        Assert.StartsWith("the risk manager's reference prices: 400", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pairs=0")]
    [InlineData("pairs=11")]
    [InlineData("pairs=two")]
    public void PairsOutsideOneToTenAreRefused(string parameter) =>
        Assert.NotNull(rig.Check(Specs.Of("market.test-orders", null, parameter)));
}
