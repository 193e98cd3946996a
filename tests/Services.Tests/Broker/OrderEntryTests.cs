using GameDay.Broker.Model;
using GameDay.Contracts;

namespace GameDay.Services.Tests.Broker;

public sealed class OrderEntryTests
{
    private readonly TestVenue _venue = new();

    [Fact]
    public void ResubmittedClientOrderIdReturnsTheSameOrderAndIsCounted()
    {
        var first = _venue.Orders.Place(VenueNames.Primary, new NewOrder("c1", "INFY", Side.Buy, 10, OrderTypes.Market, null));
        var again = _venue.Orders.Place(VenueNames.Primary, new NewOrder("c1", "INFY", Side.Sell, 99, OrderTypes.Market, null));

        Assert.True(first.Created);
        Assert.False(again.Created);
        Assert.Equal(first.Order, again.Order);
        Assert.Single(_venue.Orders.List(VenueNames.Primary, null));
        Assert.Equal([(VenueNames.Primary, "c1", 2)], _venue.Admin.Replays());
    }

    [Fact]
    public void TheSameClientOrderIdAtTheOtherVenueIsAnotherOrder()
    {
        var primary = _venue.Buy("c1", 10);
        var fallback = _venue.Buy("c1", 10, venue: VenueNames.Fallback);

        Assert.NotEqual(primary.OrderId, fallback.OrderId);
        Assert.Empty(_venue.Admin.Replays());
    }

    [Fact]
    public void OrderIsRejectedWhenItsMarginExceedsTheAvailableMargin()
    {
        _venue.Admin.SetCash(1_000m);
        var order = _venue.Buy("b1", 100);

        Assert.Equal((OrderStates.Rejected, RejectReasons.InsufficientFunds), (order.Status, order.RejectReason));
        _venue.Cycle();
        Assert.Empty(_venue.Orders.TradesAfter(VenueNames.Primary, 0));
    }

    [Fact]
    public void OrderWithinTheAvailableMarginIsAccepted()
    {
        var price = _venue.Quote().Price;
        _venue.Admin.SetCash(price * 100 * 0.2m + 1_000m);

        Assert.Equal(OrderStates.Open, _venue.Buy("b1", 100).Status);
        Assert.Equal(RejectReasons.InsufficientFunds, _venue.Buy("b2", 100).RejectReason);
    }

    [Fact]
    public void OrderThatOnlyReducesAPositionNeedsNoMargin()
    {
        _venue.Buy("b1", 100);
        _venue.Cycle();
        _venue.Admin.SetCash(0m);

        Assert.Equal(RejectReasons.InsufficientFunds, _venue.Buy("b2", 1).RejectReason);
        Assert.Equal(OrderStates.Open, _venue.Sell("s1", 100).Status);
    }

    [Fact]
    public void UnknownSymbolAndFarLimitPricesAreRejected()
    {
        var unknown = _venue.Orders.Place(VenueNames.Primary, new NewOrder("u1", "NOPE", Side.Buy, 1, OrderTypes.Market, null)).Order;
        var far = _venue.Buy("f1", 1, _venue.Quote().Price * 1.5m);

        Assert.Equal(RejectReasons.UnknownSymbol, unknown.RejectReason);
        Assert.Equal(RejectReasons.PriceOutOfBand, far.RejectReason);
    }

    [Fact]
    public void CancelOnlyVenueRefusesNewOrdersButAcceptsCancels()
    {
        _venue.Buy("resting", 10, _venue.Quote().Bid);
        _venue.Admin.SetMode(VenueNames.Primary, VenueModes.CancelOnly);

        var refused = _venue.Buy("b2", 10);
        var (canceled, outcome) = _venue.Orders.Cancel(VenueNames.Primary, "resting");

        Assert.Equal((OrderStates.Rejected, RejectReasons.CancelOnly), (refused.Status, refused.RejectReason));
        Assert.Equal((CancelOutcome.Canceled, OrderStates.Canceled), (outcome, canceled!.Status));
        Assert.Equal(OrderStates.Open, _venue.Buy("b3", 10, venue: VenueNames.Fallback).Status);
    }

    [Fact]
    public void CancelingAFilledOrderIsRefusedAndAnUnknownOneIsNotFound()
    {
        _venue.Buy("b1", 10);
        _venue.Cycle();

        Assert.Equal(CancelOutcome.AlreadyTerminal, _venue.Orders.Cancel(VenueNames.Primary, "b1").Outcome);
        Assert.Equal(CancelOutcome.NotFound, _venue.Orders.Cancel(VenueNames.Primary, "nope").Outcome);
        Assert.Equal(OrderStates.Filled, _venue.Find("b1").Status);
    }
}
