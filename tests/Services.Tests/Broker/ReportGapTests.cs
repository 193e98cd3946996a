using GameDay.Broker.Infrastructure;
using GameDay.Broker.Model;

namespace GameDay.Services.Tests.Broker;

/// The venue's execution-report feed may lose reports (a drop-copy gap); its trade history never does.
public sealed class ReportGapTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("broker-gap-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void TheFeedLosesAboutTheShareAskedForWhileTheHistoryKeepsEveryTrade()
    {
        var venue = new TestVenue();
        Trade(venue, "before", 5);
        venue.Admin.SetReportGap(0.5);
        Trade(venue, "during", 200);
        venue.Admin.SetReportGap(0);
        Trade(venue, "after", 5);

        var history = venue.Orders.TradesAfter(VenueNames.Primary, 0);
        var feed = venue.Orders.ReportsAfter(VenueNames.Primary, 0);
        Assert.Equal(210, history.Count);
        var lost = history.Except(feed).ToList();
        Assert.All(lost, t => Assert.StartsWith("during-", t.ClientOrderId));
        Assert.InRange(lost.Count, 70, 130);
        Assert.Equal(history.Where(t => !t.ClientOrderId.StartsWith("during-", StringComparison.Ordinal)),
            feed.Where(t => !t.ClientOrderId.StartsWith("during-", StringComparison.Ordinal)));
        // The feed's sequences have holes where reports were lost: what a client that follows it must notice.
        var sequences = feed.Select(t => t.Sequence).ToList();
        Assert.Contains(sequences.Zip(sequences.Skip(1)), pair => pair.Second > pair.First + 1);
    }

    [Fact]
    public void AReplayedVenueLosesTheSameReports()
    {
        var path = Path.Combine(_directory, "journal.jsonl");
        IReadOnlyList<Trade> feedBefore;
        using (var journal = new JsonLinesJournal(path))
        {
            var before = new TestVenue(journal: journal);
            before.Admin.SetReportGap(0.3);
            Trade(before, "t", 40);
            feedBefore = before.Orders.ReportsAfter(VenueNames.Primary, 0);
            Assert.True(feedBefore.Count < 40);
        }

        using var reopened = new JsonLinesJournal(path);
        var after = new TestVenue(journal: reopened);
        after.Brokerage.State.Replay(reopened.Recovered);
        Assert.Equal(feedBefore, after.Orders.ReportsAfter(VenueNames.Primary, 0));
        Assert.Equal(40, after.Orders.TradesAfter(VenueNames.Primary, 0).Count);
        Assert.Equal(0.3, after.Admin.State().ReportGapRate);
    }

    private static void Trade(TestVenue venue, string prefix, int count)
    {
        for (var i = 0; i < count; i++)
        {
            venue.Buy($"{prefix}-{i}", 1);
            venue.Cycle();
        }
    }
}
