using GameDay.IncidentResponder.Automation;

namespace GameDay.Services.Tests.IncidentResponder;

/// An approval covers one run of a step: a re-open asks again once the step was approved, but a run still waiting
/// keeps waiting for (and gets) the approval it asked for.
public sealed class ApprovalGateTests
{
    [Fact]
    public async Task AResetWhileTheStepWaitsKeepsTheWaiterAndTheNextApprovalReachesIt()
    {
        var gate = new ApprovalGate();
        var waiting = gate.WaitAsync(1, "unhalt", CancellationToken.None);

        gate.Reset(1, "unhalt");
        Assert.True(gate.Approve(1, "unhalt", "lead"));

        Assert.Equal("lead", await waiting.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public void AResetAfterTheApprovalAsksAgain()
    {
        var gate = new ApprovalGate();
        gate.Approve(1, "unhalt", "lead");

        gate.Reset(1, "unhalt");

        Assert.False(gate.IsApproved(1, "unhalt"));
        Assert.True(gate.Approve(1, "unhalt", "lead"));
        Assert.False(gate.Approve(1, "unhalt", "lead"));
    }
}
