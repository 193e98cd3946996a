using GameDay.Broker.Infrastructure;
using GameDay.Broker.Model;

namespace GameDay.Services.Tests.Broker;

public sealed class JournalReplayTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("broker-journal-").FullName;

    private string PathOf => Path.Combine(_directory, "broker", "journal.jsonl");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void RestartedVenueKeepsOrdersTradesPositionsAccountAndSettings()
    {
        string token;
        TestVenue before;
        using (var journal = new JsonLinesJournal(PathOf))
        {
            before = new TestVenue(journal: journal);
            token = before.Brokerage.Access.Login("gameday-api-key", "gameday-api-secret")!.AccessToken;
            before.Buy("b1", 1_500);
            before.Cycle();
            before.Buy("b1", 1_500);
            before.Sell("s1", 10, venue: VenueNames.Fallback);
            before.Buy("resting", 5, before.Quote().Bid);
            before.Orders.Cancel(VenueNames.Primary, "resting");
            before.Cycle();
            before.Admin.SetCash(5_000_000m);
            before.Admin.SetMode(VenueNames.Fallback, VenueModes.CancelOnly);
            before.Admin.Halt(TimeSpan.FromMinutes(30));
        }

        using var reopened = new JsonLinesJournal(PathOf);
        var after = new TestVenue(journal: reopened);
        Assert.Equal(0, reopened.Skipped);
        after.Brokerage.State.Replay(reopened.Recovered);

        foreach (var venue in VenueNames.All)
        {
            Assert.Equal(before.Orders.List(venue, null), after.Orders.List(venue, null));
            Assert.Equal(before.Orders.TradesAfter(venue, 0), after.Orders.TradesAfter(venue, 0));
        }
        Assert.Equal(before.Brokerage.Account.Positions(), after.Brokerage.Account.Positions());
        Assert.Equal(before.Brokerage.Account.View(), after.Brokerage.Account.View());
        Assert.Equal(before.Admin.Replays(), after.Admin.Replays());
        Assert.Equal(VenueModes.CancelOnly, after.Admin.State().Modes[VenueNames.Fallback]);
        Assert.Equal(MarketDesk.Halted, after.Brokerage.Market.Status(VenueNames.Primary).Market);
        Assert.Null(after.Brokerage.Access.Check(token, "203.0.113.10"));
        Assert.Equal(OrderStates.PartiallyFilled, after.Find("b1").Status);
    }

    [Fact]
    public void TornLastLineIsSkippedAndLaterEventsStayReadable()
    {
        using (var journal = new JsonLinesJournal(PathOf))
        {
            new TestVenue(journal: journal).Buy("b1", 10);
        }
        File.AppendAllText(PathOf, "{\"type\":\"order_cre");

        using (var journal = new JsonLinesJournal(PathOf))
        {
            Assert.Equal((1, 1), (journal.Recovered.Count, journal.Skipped));
            var venue = new TestVenue(journal: journal);
            venue.Brokerage.State.Replay(journal.Recovered);
            venue.Buy("b2", 10);
        }

        using var last = new JsonLinesJournal(PathOf);
        Assert.Equal((2, 1), (last.Recovered.Count, last.Skipped));
    }
}
