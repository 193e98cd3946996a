using GameDay.IncidentResponder.Infrastructure;
using GameDay.IncidentResponder.Model;
using Fault = GameDay.IncidentResponder.Infrastructure.FaultAttribution.FaultRecord;

namespace GameDay.Services.Tests.IncidentResponder;

public sealed class FaultAttributionTests
{
    private static readonly AlertSignal Firing = Alerts.Signal(); // starts at T0

    [Fact]
    public void AnAlertStartingWhileADrillsFaultIsInForceCarriesThatRunAndItsFirstInjection()
    {
        Fault[] faults =
        [
            new("f0001", "outage-1", Alerts.T0.AddSeconds(-20), null),
            new("f0002", "outage-1", Alerts.T0.AddSeconds(-19), null),
        ];

        var attributed = FaultAttribution.Attribute(Firing, faults);

        Assert.Equal("outage-1", attributed.ScenarioRunId);
        Assert.Equal(Alerts.T0.AddSeconds(-20), attributed.FaultInjectedAt);
    }

    [Fact]
    public void AFaultRevertedBeforeTheAlertStartedOrInjectedAfterItIsNotItsCause()
    {
        Fault[] faults =
        [
            new("f0001", "earlier", Alerts.T0.AddMinutes(-5), Alerts.T0.AddMinutes(-4)),
            new("f0002", "later", Alerts.T0.AddSeconds(30), null),
        ];

        var attributed = FaultAttribution.Attribute(Firing, faults);

        Assert.Null(attributed.ScenarioRunId);
        Assert.Null(attributed.FaultInjectedAt);
    }

    [Fact]
    public void TheLatestRunInForceWinsAndALabelledAlertKeepsItsLabel()
    {
        Fault[] faults = [new("f0001", "old", Alerts.T0.AddMinutes(-10), null), new("f0002", "new", Alerts.T0.AddSeconds(-5), null)];
        var labelled = Firing with { ScenarioRunId = "from-label" };

        Assert.Equal("new", FaultAttribution.Attribute(Firing, faults).ScenarioRunId);
        Assert.Equal("from-label", FaultAttribution.Attribute(labelled, faults).ScenarioRunId);
    }
}
