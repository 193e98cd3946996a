using GameDay.Contracts;
using GameDay.Orchestrator.Model;

namespace GameDay.Services.Tests.Orchestrator;

public class HaltPolicyTests
{
    private static readonly TradingLimits Limits = new(DailyLossLimit: 200_000m, DailyTarget: 400_000m);
    private static readonly TradingStatus Active = TradingStatus.Initial(DateTimeOffset.UnixEpoch);

    [Fact]
    public void LossExactlyAtTheLimitHaltsForDailyLossLimit()
    {
        Assert.Equal(HaltReasons.DailyLossLimit, HaltPolicy.Decide(Active, -200_000m, Limits));
    }

    [Fact]
    public void LossOnePaisaShortOfTheLimitKeepsTrading()
    {
        Assert.Null(HaltPolicy.Decide(Active, -199_999.99m, Limits));
    }

    [Fact]
    public void ProfitExactlyAtTheTargetHaltsForDailyTargetReached()
    {
        Assert.Equal(HaltReasons.DailyTargetReached, HaltPolicy.Decide(Active, 400_000m, Limits));
    }

    [Fact]
    public void ProfitOnePaisaShortOfTheTargetKeepsTrading()
    {
        Assert.Null(HaltPolicy.Decide(Active, 399_999.99m, Limits));
    }

    [Fact]
    public void LoweredLimitsTakeEffectOnTheNextDecision()
    {
        Assert.Equal(HaltReasons.DailyLossLimit, HaltPolicy.Decide(Active, -5_000m, Limits with { DailyLossLimit = 5_000m }));
    }

    [Fact]
    public void AnExistingHaltIsNeverOverwrittenByTheMonitor()
    {
        var halted = new TradingStatus(TradingStates.Halted, HaltReasons.Manual, "admin", DateTimeOffset.UnixEpoch);

        Assert.Null(HaltPolicy.Decide(halted, -1_000_000m, Limits));
        Assert.Null(HaltPolicy.Decide(halted, 1_000_000m, Limits));
    }

    [Fact]
    public void AReducingSystemStillHaltsOnTheLossLimit()
    {
        var reducing = new TradingStatus(TradingStates.Reducing, HaltReasons.SystemError, "admin", DateTimeOffset.UnixEpoch);

        Assert.Equal(HaltReasons.DailyLossLimit, HaltPolicy.Decide(reducing, -250_000m, Limits));
    }
}
