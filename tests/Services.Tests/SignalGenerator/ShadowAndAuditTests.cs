using GameDay.SignalGenerator.Infrastructure;
using GameDay.SignalGenerator.Model;

namespace GameDay.Services.Tests.SignalGenerator;

/// The two settings a bad deployment of the signal generator turns up (high-cpu, memory-leak): the shadow strategies
/// and the decision audit. Both are real work on every quote; a restart does not change what they do.
public sealed class ShadowAndAuditTests
{
    [Fact]
    public void EveryShadowCandidateIsAValidStrategy() =>
        Assert.All(Enumerable.Range(0, 20_000).Select(ShadowBook.Candidate), p => Assert.True(p.IsValid(), p.ToString()));

    [Fact]
    public void TheShadowBookCountsTheCandidatesThatWouldSignalTheSameOnEveryCall()
    {
        var book = new ShadowBook(600);
        // A long zig-zag decline, then a rise: fast averages cross above slow ones near the end.
        var prices = new List<double> { 1000 };
        for (var i = 0; i < 150; i++) prices.Add(prices[^1] + (i % 2 == 0 ? -3 : 2));
        var crossings = new List<int>();
        for (var i = 0; i < 40; i++)
        {
            prices.Add(prices[^1] + (i % 2 == 0 ? 4 : -1));
            crossings.Add(book.Evaluate(prices));
        }

        Assert.True(crossings.Sum() > 0, "no candidate crossed on the rise");
        Assert.All(crossings, c => Assert.InRange(c, 0, 600));
        Assert.Equal(crossings[^1], book.Evaluate(prices));
        Assert.Equal(0, book.Evaluate(Enumerable.Repeat(1000.0, 200).ToList()));
        Assert.Equal(0, new ShadowBook(0).Evaluate(prices));
    }

    [Fact]
    public void TheAuditKeepsItsCapacityDroppingTheOldestAndNothingAtZero()
    {
        var audit = new DecisionAudit(capacity: 3, depth: 2);
        for (var i = 1; i <= 5; i++) audit.Record(Decision(i));

        Assert.Equal(3, audit.Count);
        Assert.Equal([5L, 4L], audit.Latest(2).Select(d => d.Sequence));
        Assert.Equal([5L, 4L, 3L], audit.Latest(10).Select(d => d.Sequence));

        var filling = new DecisionAudit(capacity: 3, depth: 2);
        filling.Record(Decision(1));
        filling.Record(Decision(2));
        Assert.Equal([2L, 1L], filling.Latest(10).Select(d => d.Sequence));
        Assert.Empty(filling.Latest(0));

        var off = new DecisionAudit(capacity: 0, depth: 2);
        off.Record(Decision(1));
        Assert.Equal(0, off.Count);
        Assert.Empty(off.Latest(5));
    }

    [Fact]
    public void AMarketSnapshotHoldsEachSymbolsLatestPricesUpToTheDepth()
    {
        var engine = new SignalEngine(TimeSpan.FromSeconds(20), 6);
        for (var i = 1; i <= 5; i++)
        {
            engine.OnQuote("INFY", 1500 + i, i, DateTimeOffset.UnixEpoch.AddSeconds(i), SignalParameters.Default);
            engine.OnQuote("TCS", 3500 + i, i, DateTimeOffset.UnixEpoch.AddSeconds(i), SignalParameters.Default);
        }

        var snapshot = engine.Snapshot(3);

        Assert.Equal([1503.0, 1504.0, 1505.0], snapshot["INFY"]);
        Assert.Equal([3503.0, 3504.0, 3505.0], snapshot["TCS"]);
        Assert.Equal(5, engine.PricesOf("INFY").Count);
        Assert.Empty(engine.PricesOf("WIPRO"));
    }

    [Theory]
    [InlineData(-1, 100, 256, false)]
    [InlineData(100_001, 100, 256, false)]
    [InlineData(0, -1, 256, false)]
    [InlineData(0, 100, 257, false)]
    [InlineData(20_000, 1_000_000, 256, true)]
    public void ShadowAndAuditSettingsAreBounded(int shadow, int capacity, int depth, bool valid) =>
        Assert.Equal(valid, new SignalGeneratorOptions { ShadowStrategies = shadow, Audit = new() { Capacity = capacity, Depth = depth } }.IsValid());

    private static AuditedDecision Decision(long sequence) =>
        new("INFY", sequence, DateTimeOffset.UnixEpoch.AddSeconds(sequence), null, new Dictionary<string, double[]> { ["INFY"] = [1, 2] });
}
