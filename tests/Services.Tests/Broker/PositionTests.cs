using GameDay.Broker.Model;

namespace GameDay.Services.Tests.Broker;

public sealed class PositionTests
{
    [Fact]
    public void IncreasesAverageThePriceAndReductionsRealizePnl()
    {
        var position = new Position("INFY");
        position.Apply(10, 100m);
        position.Apply(10, 110m);
        Assert.Equal((20L, 105m), (position.Quantity, position.AveragePrice));

        Assert.Equal(75m, position.Apply(-5, 120m));
        Assert.Equal((15L, 105m), (position.Quantity, position.AveragePrice));
    }

    [Fact]
    public void CrossingZeroOpensTheShortAtTheFillPrice()
    {
        var position = new Position("INFY");
        position.Apply(10, 100m);

        Assert.Equal(-50m, position.Apply(-15, 95m));
        Assert.Equal((-5L, 95m, -50m), (position.Quantity, position.AveragePrice, position.RealizedPnl));
        Assert.Equal(25m, position.Apply(5, 90m));
        Assert.Equal((0L, 0m), (position.Quantity, position.AveragePrice));
    }

    [Fact]
    public void FillsAtBothVenuesNetIntoOnePositionAndCash()
    {
        var venue = new TestVenue();
        venue.Buy("b1", 10);
        venue.Cycle();
        venue.Sell("s1", 4, venue: VenueNames.Fallback);
        venue.Cycle();

        var position = Assert.Single(venue.Brokerage.Account.Positions());
        Assert.Equal(6, position.Quantity);
        var quote = venue.Quote();
        Assert.Equal(4 * (quote.Bid - quote.Ask), position.RealizedPnl);
        Assert.Equal(venue.Options.StartingCash + position.RealizedPnl, venue.Brokerage.Account.View().Cash);
    }
}
