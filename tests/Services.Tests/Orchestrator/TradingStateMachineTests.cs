using GameDay.Contracts;
using GameDay.Orchestrator.Model;

namespace GameDay.Services.Tests.Orchestrator;

public class TradingStateMachineTests
{
    private static readonly DateTimeOffset Start = new(2025, 1, 6, 9, 15, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = Start.AddMinutes(5);

    private static TradingStatus Halted(string reason) => new(TradingStates.Halted, reason, "admin", Start);

    [Fact]
    public void ANewRunStartsActiveWithoutReason()
    {
        var initial = TradingStatus.Initial(Start);

        Assert.True(initial.IsActive);
        Assert.Null(initial.Reason);
        Assert.Equal(TradingStatus.SystemActor, initial.ChangedBy);
    }

    [Fact]
    public void HaltFromActiveRecordsReasonActorAndTime()
    {
        var outcome = TradingStateMachine.Halt(TradingStatus.Initial(Start), HaltReasons.SecurityIncident, "admin", Later);

        Assert.Equal(TransitionKind.Changed, outcome.Kind);
        Assert.Equal(new TradingStatus(TradingStates.Halted, HaltReasons.SecurityIncident, "admin", Later), outcome.Next);
    }

    [Fact]
    public void HaltingAgainWithTheSameReasonChangesNothing()
    {
        var current = Halted(HaltReasons.Manual);

        var outcome = TradingStateMachine.Halt(current, HaltReasons.Manual, "admin", Later);

        Assert.Equal(TransitionKind.Unchanged, outcome.Kind);
        Assert.Same(current, outcome.Next);
    }

    [Fact]
    public void HaltingAHaltedSystemWithAnotherReasonUpdatesTheReason()
    {
        var outcome = TradingStateMachine.Halt(Halted(HaltReasons.Manual), HaltReasons.SecurityIncident, "admin", Later);

        Assert.Equal(TransitionKind.Changed, outcome.Kind);
        Assert.Equal(TradingStates.Halted, outcome.Next.State);
        Assert.Equal(HaltReasons.SecurityIncident, outcome.Next.Reason);
        Assert.Equal(Later, outcome.Next.ChangedAt);
    }

    [Fact]
    public void UnhaltReturnsAHaltedSystemToActiveAndClearsTheReason()
    {
        var outcome = TradingStateMachine.Unhalt(Halted(HaltReasons.DailyLossLimit), "admin", Later);

        Assert.Equal(TransitionKind.Changed, outcome.Kind);
        Assert.Equal(new TradingStatus(TradingStates.Active, null, "admin", Later), outcome.Next);
    }

    [Fact]
    public void UnhaltWhileActiveIsRejected()
    {
        var current = TradingStatus.Initial(Start);

        var outcome = TradingStateMachine.Unhalt(current, "admin", Later);

        Assert.Equal(TransitionKind.Rejected, outcome.Kind);
        Assert.Same(current, outcome.Next);
        Assert.NotNull(outcome.Error);
    }

    [Fact]
    public void UnhaltFromReducingResumesFullTrading()
    {
        var reducing = new TradingStatus(TradingStates.Reducing, HaltReasons.SystemError, "admin", Start);

        var outcome = TradingStateMachine.Unhalt(reducing, "admin", Later);

        Assert.Equal(TradingStates.Active, outcome.Next.State);
    }

    [Fact]
    public void ReducingCannotLiftAHalt()
    {
        var outcome = TradingStateMachine.Reduce(Halted(HaltReasons.Manual), HaltReasons.SystemError, "admin", Later);

        Assert.Equal(TransitionKind.Rejected, outcome.Kind);
        Assert.True(outcome.Next.IsHalted);
    }

    [Fact]
    public void HaltFromReducingHalts()
    {
        var reducing = new TradingStatus(TradingStates.Reducing, HaltReasons.SystemError, "admin", Start);

        var outcome = TradingStateMachine.Halt(reducing, HaltReasons.SystemError, "admin", Later);

        Assert.Equal(TransitionKind.Changed, outcome.Kind);
        Assert.True(outcome.Next.IsHalted);
    }
}
