using Bogus;
using GameDay.DataIngestor.Feeds;
using GameDay.DataIngestor.Model;
using GameDay.Market;

namespace GameDay.Services.Tests.DataIngestor;

public sealed class SimulatedFeedTests
{
    private static readonly MarketOptions Options = new() { Seed = 7, Epoch = DateTimeOffset.UnixEpoch };

    private static (SimulatedFeed Primary, SimulatedFeed Secondary) Feeds()
    {
        var tape = new MarketTape(new MarketModel(Options), new Randomizer(2007));
        return (new SimulatedFeed(FeedNames.Primary, 0, tape, new BadTickInjector(new Randomizer(1), Options.StepInterval)),
            new SimulatedFeed(FeedNames.Secondary, 1, tape, new BadTickInjector(new Randomizer(2), Options.StepInterval)));
    }

    [Fact]
    public void SecondaryDeliversThePrimarysPreviousStep()
    {
        var (primary, secondary) = Feeds();
        var earlier = primary.Read(10)!;
        primary.Read(11);

        var lagging = secondary.Read(11)!;

        Assert.Equal(10, lagging.Step);
        Assert.Equal(earlier.Quotes.Select(q => q.Price), lagging.Quotes.Select(q => q.Price));
        Assert.Equal(50, lagging.Quotes.Count);
    }

    [Fact]
    public void DisabledFeedDeliversNothing()
    {
        var (primary, _) = Feeds();
        primary.Enabled = false;

        Assert.Null(primary.Read(3));
    }

    [Fact]
    public void BadTicksAreAllCaughtByTheFilter()
    {
        var (primary, _) = Feeds();
        var filter = new TickFilter(0.05m, confirmAfter: 10);
        foreach (var quote in primary.Read(1)!.Quotes) Assert.Null(filter.Check(quote));
        primary.BadTickRate = 1;

        var rejected = primary.Read(2)!.Quotes.Select(filter.Check).ToList();

        Assert.All(rejected, Assert.NotNull);
        Assert.Equal(3, rejected.Distinct().Count());
    }
}
