using GameDay.ExecutionEngine.Infrastructure;

namespace GameDay.Services.Tests.ExecutionEngine;

public sealed class MissingTradesTests
{
    private static readonly Dictionary<string, long> Reached = new() { ["primary"] = 5, ["fallback"] = 2 };

    [Fact]
    public void AHistoryTradeAtOrBelowTheRecordedSequenceThatIsNotRecordedIsMissing()
    {
        VenueTrade[] history = [Trade("primary", 3), Trade("primary", 4), Trade("primary", 5), Trade("fallback", 2)];
        HashSet<string> recorded = ["primary:T3", "primary:T5", "fallback:T2"];

        Assert.Equal(["primary:T4"], MissingTrades.Among(history, Reached, recorded).Select(MissingTrades.Key));
    }

    [Fact]
    public void TradesAboveTheRecordedSequenceAreTheFillPollersStill()
    {
        VenueTrade[] history = [Trade("primary", 6), Trade("fallback", 3), Trade("fallback", 1)];

        Assert.Equal(["fallback:T1"], MissingTrades.Among(history, Reached, new HashSet<string>()).Select(MissingTrades.Key));
    }

    [Fact]
    public void AVenueWithNothingRecordedHasNothingMissing()
    {
        VenueTrade[] history = [Trade("fallback", 1)];

        Assert.Empty(MissingTrades.Among(history, new Dictionary<string, long> { ["primary"] = 5 }, new HashSet<string>()));
    }

    /// The recovery records the tail too: a report lost after the last one the poller saw stays above the recorded
    /// sequence while trading is halted (no later trade is reported), yet it moved the venue's position.
    [Fact]
    public void TheRecoveryTakesEveryTradeNotRecordedAboveTheSequenceToo()
    {
        VenueTrade[] history = [Trade("primary", 4), Trade("primary", 5), Trade("primary", 6), Trade("fallback", 3)];
        HashSet<string> recorded = ["primary:T5"];

        Assert.Equal(["primary:T4", "primary:T6", "fallback:T3"], MissingTrades.Unrecorded(history, recorded).Select(MissingTrades.Key));
    }

    private static VenueTrade Trade(string venue, long sequence) =>
        new(sequence, $"T{sequence}", $"O{sequence}", $"GD-{sequence}", venue, "INFY", "BUY", 1, 1500m, DateTimeOffset.UnixEpoch);
}
