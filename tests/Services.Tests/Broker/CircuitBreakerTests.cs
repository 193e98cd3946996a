using GameDay.Broker.Model;

namespace GameDay.Services.Tests.Broker;

public sealed class CircuitBreakerTests
{
    private readonly TestVenue _venue = new();

    private VenueStatus Status => _venue.Brokerage.Market.Status(VenueNames.Primary);

    [Fact]
    public void IndexFallOfTenPercentHaltsTheMarketUntilTradingResumesByItself()
    {
        _venue.Admin.Shock(-0.115, 1);
        _venue.Cycle(TimeSpan.FromMilliseconds(500));

        Assert.InRange(Status.IndexChangePercent, -15, -10);
        Assert.Equal(MarketDesk.Halted, Status.Market);
        Assert.Equal(Status.SessionTime.AddMinutes(15), Status.HaltedUntil!.Value, TimeSpan.FromMilliseconds(100));
        Assert.Equal(RejectReasons.MarketHalted, _venue.Buy("during", 10).RejectReason);

        _venue.Cycle(TimeSpan.FromMinutes(15));
        Assert.Equal(MarketDesk.Open, Status.Market);
        _venue.Buy("after", 10);
        _venue.Cycle();
        Assert.Equal(OrderStates.Filled, _venue.Find("after").Status);
        Assert.Equal(MarketDesk.Open, Status.Market);
    }

    [Fact]
    public void RestingOrdersDoNotFillDuringAHalt()
    {
        _venue.Buy("resting", 10, _venue.Quote().Ask + 1m);
        _venue.Admin.Halt(TimeSpan.FromMinutes(5));
        _venue.Cycle();
        Assert.Equal(OrderStates.Open, _venue.Find("resting").Status);

        _venue.Admin.LiftHalt();
        _venue.Cycle();
        Assert.Equal(OrderStates.Filled, _venue.Find("resting").Status);
    }

    [Fact]
    public void DeeperMoveTripsTheNextLevelAfterResumption()
    {
        _venue.Admin.Shock(-0.115, 1);
        _venue.Cycle(TimeSpan.FromMilliseconds(500));
        _venue.Cycle(TimeSpan.FromMinutes(15));
        Assert.Equal(MarketDesk.Open, Status.Market);

        _venue.Admin.Shock(-0.06, 1);
        _venue.Cycle(TimeSpan.FromMilliseconds(500));
        Assert.Equal(MarketDesk.Halted, Status.Market);
        Assert.Equal("index_move_15pct", _venue.Admin.State().HaltReason);
    }
}
