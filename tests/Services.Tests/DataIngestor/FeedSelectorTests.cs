using GameDay.DataIngestor.Feeds;

namespace GameDay.Services.Tests.DataIngestor;

public sealed class FeedSelectorTests
{
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2025, 1, 6, 9, 15, 0, TimeSpan.Zero));

    private FeedSelector Selector() =>
        new([FeedNames.Primary, FeedNames.Secondary], TimeSpan.FromSeconds(2), _time);

    private void Step(FeedSelector selector, params string[] delivering)
    {
        _time.Advance(TimeSpan.FromMilliseconds(500));
        foreach (var feed in delivering) selector.Observe(feed);
    }

    [Fact]
    public void SelectorStartsOnThePrimary()
    {
        Assert.Equal(FeedNames.Primary, Selector().Active);
    }

    [Fact]
    public void SelectorPicksTheSecondaryAfterTwoSecondsOfSilence()
    {
        var selector = Selector();
        Step(selector, FeedNames.Primary, FeedNames.Secondary);

        for (var i = 0; i < 3; i++)
        {
            Step(selector, FeedNames.Secondary);
            Assert.Null(selector.Evaluate());
        }
        Step(selector, FeedNames.Secondary);

        Assert.Equal(FeedNames.Primary, selector.Evaluate());
        Assert.Equal(FeedNames.Secondary, selector.Active);
        Assert.Equal(1, selector.Failovers);
    }

    [Fact]
    public void SelectorStaysOnTheSecondaryWhenThePrimaryComesBack()
    {
        var selector = Selector();
        for (var i = 0; i < 4; i++) Step(selector, FeedNames.Secondary);
        selector.Evaluate();

        Step(selector, FeedNames.Primary, FeedNames.Secondary);

        Assert.Null(selector.Evaluate());
        Assert.Equal(FeedNames.Secondary, selector.Active);
    }

    [Fact]
    public void SelectorDoesNotSwitchWhenBothFeedsAreSilent()
    {
        var selector = Selector();
        _time.Advance(TimeSpan.FromSeconds(10));

        Assert.Null(selector.Evaluate());
        Assert.Equal(FeedNames.Primary, selector.Active);
        Assert.Equal(0, selector.Failovers);
    }
}
