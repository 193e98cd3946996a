using GameDay.Contracts;
using GameDay.RiskManager.Model;
using static GameDay.Services.Tests.RiskManager.RiskScenario;

namespace GameDay.Services.Tests.RiskManager;

public class OrderSizerTests
{
    [Fact]
    public void SizerBuysTheConfiguredNotionalWithALimitAboveTheSignalPrice()
    {
        var order = Order(Side.Buy, 1500m);
        Assert.Equal(66, order.Quantity);
        Assert.Equal(1500.75m, order.LimitPrice);
        Assert.Equal("GD-sig-1", order.ClientOrderId);
    }

    [Fact]
    public void SizerSellsWithALimitBelowTheSignalPriceRoundedToTheTick()
    {
        var order = Order(Side.Sell, 1234.56m);
        Assert.Equal(81, order.Quantity);
        Assert.Equal(0m, order.LimitPrice % 0.05m);
        Assert.True(order.LimitPrice < 1234.56m);
    }

    [Fact]
    public void SizerOrdersAtLeastOneShareOfAnExpensiveSymbol()
    {
        Assert.Equal(1, Order(Side.Buy, 250_000m).Quantity);
    }

    [Fact]
    public void SizerOpensNothingMoreWhileTheUnitIsHeldInTheSignalsDirection()
    {
        Assert.Equal(0, OrderSizer.Size(Signal(Side.Buy, 1500m), Limits, position: 66).Quantity);
        Assert.Equal(0, OrderSizer.Size(Signal(Side.Sell, 1500m), Limits, position: -66).Quantity);
    }

    [Fact]
    public void SizerClosesThePositionOnAnOppositeSignal()
    {
        Assert.Equal(66, OrderSizer.Size(Signal(Side.Sell, 1500m), Limits, position: 66).Quantity);
        Assert.Equal(40, OrderSizer.Size(Signal(Side.Buy, 1500m), Limits, position: -40).Quantity);
    }

    [Fact]
    public void SizerClosesALargePositionInSlicesNoLargerThanOneOrderMayBe()
    {
        var order = OrderSizer.Size(Signal(Side.Sell, 1500m), Limits, position: 10_000);
        Assert.Equal((int)Math.Min(Limits.MaxQuantity, Math.Floor(Limits.MaxOrderValue / 1500m)), order.Quantity);
        Assert.True(new RiskEvaluator().Evaluate(order, Snapshot(positions: Holding("INFY", 10_000, 1500m)), Limits).Approved);
    }
}
