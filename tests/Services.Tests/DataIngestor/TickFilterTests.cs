using GameDay.DataIngestor.Feeds;
using GameDay.DataIngestor.Model;

namespace GameDay.Services.Tests.DataIngestor;

public sealed class TickFilterTests
{
    private static readonly DateTimeOffset T0 = new(2025, 1, 6, 9, 15, 0, TimeSpan.Zero);

    private static FeedQuote Quote(decimal price, int second) => new("INFY", price, 100, T0.AddSeconds(second));

    private static TickFilter AcceptedAt(decimal price)
    {
        var filter = new TickFilter(0.05m, confirmAfter: 10);
        Assert.Null(filter.Check(Quote(price, 0)));
        return filter;
    }

    [Fact]
    public void FilterAcceptsNormalMoves()
    {
        var filter = AcceptedAt(1500m);

        Assert.Null(filter.Check(Quote(1510m, 1)));
        Assert.Null(filter.Check(Quote(1490m, 2)));
        Assert.Null(filter.Check(Quote(1560m, 3)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1500)]
    public void FilterRejectsNonPositivePrices(decimal price)
    {
        var filter = AcceptedAt(1500m);

        Assert.Equal(RejectReasons.NonPositivePrice, filter.Check(Quote(price, 1)));
    }

    [Fact]
    public void FilterRejectsAJumpOfMoreThanFivePercentFromTheLastAcceptedPrice()
    {
        var filter = AcceptedAt(1500m);

        Assert.Equal(RejectReasons.PriceJump, filter.Check(Quote(15_000m, 1)));
        Assert.Equal(RejectReasons.PriceJump, filter.Check(Quote(1576m, 2)));
        Assert.Null(filter.Check(Quote(1520m, 3)));
    }

    [Fact]
    public void FilterRejectsTimestampsNotAfterTheLastAcceptedOne()
    {
        var filter = AcceptedAt(1500m);
        Assert.Null(filter.Check(Quote(1501m, 5)));

        Assert.Equal(RejectReasons.OutOfOrder, filter.Check(Quote(1502m, 5)));
        Assert.Equal(RejectReasons.OutOfOrder, filter.Check(Quote(1502m, 2)));
        Assert.Null(filter.Check(Quote(1502m, 6)));
    }

    [Fact]
    public void FilterAcceptsANewLevelAfterEnoughConsistentJumps()
    {
        var filter = AcceptedAt(1500m);

        for (var i = 1; i < 10; i++) Assert.Equal(RejectReasons.PriceJump, filter.Check(Quote(1300m + i, i)));

        Assert.Null(filter.Check(Quote(1310m, 10)));
        Assert.Null(filter.Check(Quote(1305m, 11)));
    }

    [Fact]
    public void FilterKeepsSymbolsApart()
    {
        var filter = AcceptedAt(1500m);

        Assert.Null(filter.Check(new FeedQuote("TCS", 3900m, 10, T0)));
    }
}
