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
}
