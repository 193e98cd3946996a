using GameDay.Broker.Model;

namespace GameDay.Services.Tests.Broker;

public sealed class MatchingTests
{
    private readonly TestVenue _venue = new();

    [Fact]
    public void MarketableBuyLimitFillsAtTheAsk()
    {
        var quote = _venue.Quote();
        _venue.Buy("b1", 10, quote.Ask + 5m);
        _venue.Cycle();

        var order = _venue.Find("b1");
        Assert.Equal(OrderStates.Filled, order.Status);
        Assert.Equal(quote.Ask, order.AveragePrice);
        var trade = Assert.Single(_venue.Orders.TradesAfter(VenueNames.Primary, 0));
        Assert.Equal((1L, 10L, quote.Ask), (trade.Sequence, trade.Quantity, trade.Price));
    }

    [Fact]
    public void MarketableSellLimitFillsAtTheBid()
    {
        var quote = _venue.Quote();
        _venue.Sell("s1", 10, quote.Bid - 5m);
        _venue.Cycle();

        Assert.Equal(OrderStates.Filled, _venue.Find("s1").Status);
        Assert.Equal(quote.Bid, _venue.Find("s1").AveragePrice);
        Assert.True(quote.Ask - quote.Bid == 0.10m, "the spread is two ticks");
    }

    [Fact]
    public void NonMarketableLimitOrderRestsOpen()
    {
        var quote = _venue.Quote();
        _venue.Buy("b1", 10, quote.Bid);
        _venue.Sell("s1", 10, quote.Ask);
        _venue.Cycle();
        _venue.Cycle();

        Assert.Equal(OrderStates.Open, _venue.Find("b1").Status);
        Assert.Equal(OrderStates.Open, _venue.Find("s1").Status);
        Assert.Empty(_venue.Orders.TradesAfter(VenueNames.Primary, 0));
        Assert.Equal(2, _venue.Orders.List(VenueNames.Primary, "open").Count);
    }

    [Fact]
    public void OrderDoesNotFillBeforeTheFillLatency()
    {
        _venue.Buy("b1", 10);
        _venue.Cycle(TimeSpan.FromMilliseconds(20));
        Assert.Equal(OrderStates.Open, _venue.Find("b1").Status);

        _venue.Cycle(TimeSpan.FromMilliseconds(40));
        Assert.Equal(OrderStates.Filled, _venue.Find("b1").Status);
    }

    [Fact]
    public void MarketOrdersFillAtTheTouch()
    {
        var quote = _venue.Quote();
        _venue.Buy("b1", 10);
        _venue.Sell("s1", 4, venue: VenueNames.Fallback);
        _venue.Cycle();

        Assert.Equal(quote.Ask, _venue.Find("b1").AveragePrice);
        Assert.Equal(quote.Bid, _venue.Find("s1", VenueNames.Fallback).AveragePrice);
        Assert.Null(_venue.Find("b1").LimitPrice);
    }

    [Fact]
    public void LargeOrderFillsPartiallyAcrossCyclesWithinTheStepLiquidity()
    {
        _venue.Buy("b1", 2_500);
        _venue.Cycle();
        Assert.Equal((OrderStates.PartiallyFilled, 1_000L), (_venue.Find("b1").Status, _venue.Find("b1").FilledQuantity));

        _venue.Cycle(TimeSpan.FromMilliseconds(100));
        Assert.Equal(1_000L, _venue.Find("b1").FilledQuantity);

        _venue.Cycle(TimeSpan.FromMilliseconds(500));
        Assert.Equal(2_000L, _venue.Find("b1").FilledQuantity);

        _venue.Cycle(TimeSpan.FromMilliseconds(500));
        Assert.Equal((OrderStates.Filled, 2_500L), (_venue.Find("b1").Status, _venue.Find("b1").FilledQuantity));
        Assert.Equal([1L, 2L, 3L], _venue.Orders.TradesAfter(VenueNames.Primary, 0).Select(t => t.Sequence));
        Assert.Equal([3L], _venue.Orders.TradesAfter(VenueNames.Primary, 2).Select(t => t.Sequence));
    }

    [Fact]
    public void OpenOrdersExpireAtTheClose()
    {
        _venue.SetSessionTime(new TimeOnly(15, 29, 59));
        _venue.Buy("b1", 10, _venue.Quote().Bid);
        _venue.Cycle();
        Assert.Equal(OrderStates.Open, _venue.Find("b1").Status);

        _venue.Cycle(TimeSpan.FromSeconds(1));
        Assert.Equal(OrderStates.Expired, _venue.Find("b1").Status);
    }

    [Fact]
    public void OrdersAreRejectedWhenTheMarketIsClosed()
    {
        _venue.SetSessionTime(new TimeOnly(8, 0));
        var order = _venue.Buy("b1", 10);

        Assert.Equal((OrderStates.Rejected, RejectReasons.MarketClosed), (order.Status, order.RejectReason));
        Assert.Equal(MarketDesk.Closed, _venue.Brokerage.Market.Status(VenueNames.Primary).Market);
    }
}
