using GameDay.Contracts;
using GameDay.RiskManager.Model;
using static GameDay.Services.Tests.RiskManager.RiskScenario;

namespace GameDay.Services.Tests.RiskManager;

public class RiskEvaluatorTests
{
    [Fact]
    public void RiskApprovesANormalOrder()
    {
        Assert.Equal(RiskDecision.Approve, Evaluate(Snapshot()));
    }

    [Fact]
    public void RiskDeniesEverythingWhenAutoTradingIsDisabled()
    {
        var limits = Limits with { AutoTradingEnabled = false };
        Assert.Equal(DenialReasons.AutoTradingDisabled, Evaluate(Snapshot(), limits: limits).Reason);
    }

    [Fact]
    public void RiskFailsClosedWhenTheTradingStateIsUnknown()
    {
        Assert.Equal(DenialReasons.TradingStateUnknown, Evaluate(Snapshot(noStatus: true)).Reason);
    }

    [Fact]
    public void RiskFailsClosedWhenTheOrchestratorReportsNoState()
    {
        var status = Active with { State = null };
        Assert.Equal(DenialReasons.TradingStateUnknown, Evaluate(Snapshot(status)).Reason);
    }

    [Fact]
    public void RiskTreatsAManualHaltAsTheKillSwitch()
    {
        var status = Active with { State = TradingStates.Halted, Halted = true, HaltReason = HaltReasons.Manual };
        Assert.Equal(DenialReasons.KillSwitch, Evaluate(Snapshot(status)).Reason);
    }

    [Fact]
    public void RiskDeniesWhileTradingIsHaltedForAnotherReason()
    {
        var status = Active with { State = TradingStates.Halted, Halted = true, HaltReason = HaltReasons.SystemError };
        Assert.Equal(DenialReasons.TradingHalted, Evaluate(Snapshot(status)).Reason);
    }

    [Fact]
    public void RiskAllowsOnlyReducingOrdersWhileReducing()
    {
        var status = Active with { State = TradingStates.Reducing };
        Assert.Equal(DenialReasons.ReduceOnly, Evaluate(Snapshot(status)).Reason);
        var longPosition = Snapshot(status, positions: Holding("INFY", 100, 1490m));
        Assert.True(Evaluate(longPosition, Order(Side.Sell)).Approved);
    }

    [Fact]
    public void RiskDeniesWhenTheDailyLossLimitIsReached()
    {
        var status = Active with { TotalPnl = -50_000m };
        Assert.Equal(DenialReasons.DailyLossLimit, Evaluate(Snapshot(status)).Reason);
    }

    [Fact]
    public void RiskDeniesWhenTheDailyTargetIsReached()
    {
        var status = Active with { TotalPnl = 100_000m };
        Assert.Equal(DenialReasons.DailyTargetReached, Evaluate(Snapshot(status)).Reason);
    }

    [Fact]
    public void RiskDeniesASignalThatWasAlreadyDecided()
    {
        Assert.Equal(DenialReasons.Duplicate, Evaluate(Snapshot(decided: true)).Reason);
    }

    [Fact]
    public void RiskDeniesASignalWithoutAUsablePrice()
    {
        Assert.Equal(DenialReasons.InvalidSignal, Evaluate(Snapshot(), Order(price: 0m)).Reason);
    }
}
