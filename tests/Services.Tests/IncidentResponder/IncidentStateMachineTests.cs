using GameDay.IncidentResponder.Model;

namespace GameDay.Services.Tests.IncidentResponder;

public class IncidentStateMachineTests
{
    [Theory]
    [InlineData("triggered", "acknowledged")]
    [InlineData("acknowledged", "mitigating")]
    [InlineData("mitigating", "monitoring")]
    [InlineData("monitoring", "resolved")]
    [InlineData("resolved", "closed")]
    public void TheLifecycleMovesForwardStepByStep(string from, string to)
    {
        Assert.True(IncidentStateMachine.CanMove(from, to));
        Assert.Null(IncidentStateMachine.Refusal(from, to));
    }

    [Theory]
    [InlineData("triggered", "monitoring")]
    [InlineData("acknowledged", "monitoring")]
    public void AlertsThatClearBeforeAnyMitigationGoStraightToMonitoring(string from, string to) =>
        Assert.True(IncidentStateMachine.CanMove(from, to));

    [Theory]
    [InlineData("triggered", "resolved")]
    [InlineData("triggered", "mitigating")]
    [InlineData("triggered", "closed")]
    [InlineData("acknowledged", "resolved")]
    [InlineData("mitigating", "resolved")]
    [InlineData("mitigating", "acknowledged")]
    [InlineData("monitoring", "closed")]
    [InlineData("closed", "triggered")]
    [InlineData("closed", "resolved")]
    public void IllegalTransitionsAreRefusedWithAReason(string from, string to)
    {
        Assert.False(IncidentStateMachine.CanMove(from, to));
        Assert.Contains($"from {from} to {to}", IncidentStateMachine.Refusal(from, to));
    }

    [Fact]
    public void AnUnknownStateIsRefused() =>
        Assert.Contains("Unknown state", IncidentStateMachine.Refusal("triggered", "panicking"));

    [Theory]
    [InlineData("monitoring")]
    [InlineData("resolved")]
    public void AReFireReopensMonitoringAndResolvedIncidents(string from)
    {
        Assert.True(IncidentStateMachine.CanMove(from, IncidentStateMachine.ReopenState(acknowledged: false)));
        Assert.True(IncidentStateMachine.CanMove(from, IncidentStateMachine.ReopenState(acknowledged: true)));
    }

    [Fact]
    public void AReopenedIncidentKeepsItsOwner()
    {
        Assert.Equal(IncidentStates.Acknowledged, IncidentStateMachine.ReopenState(acknowledged: true));
        Assert.Equal(IncidentStates.Triggered, IncidentStateMachine.ReopenState(acknowledged: false));
    }

    [Fact]
    public void ClosedIsFinal() =>
        Assert.All(IncidentStates.All, to => Assert.False(IncidentStateMachine.CanMove(IncidentStates.Closed, to)));

    [Fact]
    public void TimestampsInTheDesignOrderAreOrdered()
    {
        var t = Alerts.T0;
        var times = new IncidentTimestamps(t, t.AddSeconds(2), t.AddSeconds(5), t.AddSeconds(6), t.AddSeconds(8), t.AddSeconds(9), t.AddSeconds(20));

        Assert.True(times.IsOrdered());
    }

    [Fact]
    public void ARecoveryBeforeTheAcknowledgementIsOutOfOrder()
    {
        var t = Alerts.T0;
        var times = new IncidentTimestamps(null, t, t.AddSeconds(5), AcknowledgedAt: t.AddSeconds(30), RecoveredAt: t.AddSeconds(20));

        Assert.False(times.IsOrdered());
    }

    [Fact]
    public void ANewStepIsNeverRecordedBeforeTheLatestOne()
    {
        var t = Alerts.T0;
        var times = new IncidentTimestamps(null, t, t.AddSeconds(5), AcknowledgedAt: t.AddSeconds(7));

        var recovered = times.NotBeforeLatest(t.AddSeconds(6));

        Assert.Equal(t.AddSeconds(7), recovered);
        Assert.True((times with { RecoveredAt = recovered }).IsOrdered());
        Assert.Equal(t.AddSeconds(9), times.NotBeforeLatest(t.AddSeconds(9)));
    }
}
