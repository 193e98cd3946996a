using GameDay.ExecutionEngine.Model;

namespace GameDay.Services.Tests.ExecutionEngine;

public class PositionTests
{
    [Fact]
    public void BuyingMoreMovesTheAveragePrice()
    {
        var position = Position.Flat("INFY").Apply(10, 100m).Apply(30, 120m);
        Assert.Equal(40, position.Quantity);
        Assert.Equal(115m, position.AveragePrice);
        Assert.Equal(0m, position.RealizedPnl);
    }

    [Fact]
    public void SellingPartOfALongRealizesPnlAndKeepsTheAverage()
    {
        var position = Position.Flat("INFY").Apply(40, 115m).Apply(-10, 125m);
        Assert.Equal(30, position.Quantity);
        Assert.Equal(115m, position.AveragePrice);
        Assert.Equal(100m, position.RealizedPnl);
    }

    [Fact]
    public void CoveringAShortAtAHigherPriceRealizesALoss()
    {
        var position = Position.Flat("TCS").Apply(-20, 200m).Apply(20, 210m);
        Assert.Equal(0, position.Quantity);
        Assert.Equal(0m, position.AveragePrice);
        Assert.Equal(-200m, position.RealizedPnl);
    }

    [Fact]
    public void FlippingFromLongToShortOpensTheRemainderAtTheFillPrice()
    {
        var position = Position.Flat("SBIN").Apply(10, 100m).Apply(-25, 110m);
        Assert.Equal(-15, position.Quantity);
        Assert.Equal(110m, position.AveragePrice);
        Assert.Equal(100m, position.RealizedPnl);
    }

    [Fact]
    public void IncreasingAShortAveragesLikeALong()
    {
        var position = Position.Flat("SBIN").Apply(-10, 100m).Apply(-10, 90m);
        Assert.Equal(-20, position.Quantity);
        Assert.Equal(95m, position.AveragePrice);
    }

    [Fact]
    public void AnOrderFillsPartiallyThenCompletely()
    {
        var first = OrderFill.After(100, 0, null, 40, 10m);
        Assert.Equal(GameDay.Contracts.OrderStatus.PartiallyFilled, first.Status);
        var second = OrderFill.After(100, first.FilledQuantity, first.AveragePrice, 60, 20m);
        Assert.Equal(GameDay.Contracts.OrderStatus.Filled, second.Status);
        Assert.Equal(100, second.FilledQuantity);
        Assert.Equal(16m, second.AveragePrice);
    }
}
