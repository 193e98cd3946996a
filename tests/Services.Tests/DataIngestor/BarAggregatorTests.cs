using GameDay.DataIngestor.Model;

namespace GameDay.Services.Tests.DataIngestor;

public sealed class BarAggregatorTests
{
    private static readonly DateTimeOffset Minute = new(2025, 1, 6, 9, 15, 0, TimeSpan.Zero);

    [Fact]
    public void AggregatorBuildsOneMinuteBarsPerSymbol()
    {
        var bars = new BarAggregator();
        bars.Add("INFY", Minute.AddSeconds(1), 100m, 10);
        bars.Add("INFY", Minute.AddSeconds(20), 103m, 5);
        bars.Add("INFY", Minute.AddSeconds(40), 99m, 5);
        bars.Add("INFY", Minute.AddSeconds(61), 101m, 1);

        var drained = bars.Drain().OrderBy(b => b.BucketStart).ToList();

        Assert.Equal(new Bar("INFY", Minute, 100m, 103m, 99m, 99m, 20, 3), drained[0]);
        Assert.Equal(Minute.AddMinutes(1), drained[1].BucketStart);
        Assert.Empty(bars.Drain());
    }

    [Fact]
    public void RestoredBarsMergeAheadOfNewerQuotes()
    {
        var bars = new BarAggregator();
        bars.Add("INFY", Minute.AddSeconds(1), 100m, 10);
        var failed = bars.Drain();
        bars.Add("INFY", Minute.AddSeconds(2), 98m, 4);

        bars.Restore(failed);

        Assert.Equal(new Bar("INFY", Minute, 100m, 100m, 98m, 98m, 14, 2), Assert.Single(bars.Drain()));
    }
}
