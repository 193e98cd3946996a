using GameDay.Contracts;
using GameDay.ExecutionEngine.Infrastructure;
using GameDay.ExecutionEngine.Model;
using Microsoft.Extensions.Options;

namespace GameDay.Services.Tests.ExecutionEngine;

public class TradingStateCacheTests
{
    private static readonly DateTimeOffset Start = new(2025, 3, 3, 4, 0, 0, TimeSpan.Zero);

    private static (TradingStateCache Cache, ManualTimeProvider Time) NewCache()
    {
        var time = new ManualTimeProvider(Start);
        return (new TradingStateCache(time, Options.Create(new ExecutionOptions())), time);
    }

    [Fact]
    public void ASlowPollAnswerDoesNotRevertANewerHalt()
    {
        var (cache, _) = NewCache();
        cache.Update(TradingStates.Halted, HaltReasons.Manual, Start.AddSeconds(10));
        cache.Update(TradingStates.Active, null, Start);
        Assert.True(cache.IsHalted);
    }

    [Fact]
    public void ANewerStateReplacesAnOlderOne()
    {
        var (cache, _) = NewCache();
        cache.Update(TradingStates.Halted, HaltReasons.Manual, Start);
        cache.Update(TradingStates.Active, null, Start.AddSeconds(1));
        Assert.False(cache.IsHalted);
    }

    [Fact]
    public void OnATieTheCurrentStateIsKept()
    {
        var (cache, _) = NewCache();
        cache.Update(TradingStates.Halted, HaltReasons.Manual, Start);
        cache.Update(TradingStates.Active, null, Start);
        Assert.True(cache.IsHalted);
    }

    [Fact]
    public void AnOlderReportOfTheSameStateKeepsItFresh()
    {
        var (cache, time) = NewCache();
        cache.Update(TradingStates.Halted, HaltReasons.Manual, Start.AddSeconds(1));
        time.Advance(TimeSpan.FromSeconds(10));
        cache.Update(TradingStates.Halted, HaltReasons.Manual, Start);
        time.Advance(TimeSpan.FromSeconds(10));
        Assert.True(cache.IsHalted);
        Assert.Equal(Start.AddSeconds(1), cache.Current!.ChangedAt);
    }

    [Fact]
    public void AnOlderReportOfAnotherStateDoesNotKeepTheCurrentOneFresh()
    {
        var (cache, time) = NewCache();
        cache.Update(TradingStates.Halted, HaltReasons.Manual, Start.AddSeconds(1));
        time.Advance(TimeSpan.FromSeconds(10));
        cache.Update(TradingStates.Active, null, Start);
        time.Advance(TimeSpan.FromSeconds(10));
        Assert.Null(cache.IsHalted);
    }
}
