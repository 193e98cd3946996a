using GameDay.IncidentResponder.Infrastructure;
using GameDay.IncidentResponder.Model;
using Fault = GameDay.IncidentResponder.Infrastructure.FaultAttribution.FaultRecord;

namespace GameDay.Services.Tests.IncidentResponder;

public sealed class FaultAttributionTests
{
    private static readonly AlertSignal Firing = Alerts.Signal(); // starts at T0

    [Fact]
    public async Task AFaultListThatFailsOnceIsAskedForAgain()
    {
        var control = new FlakyControl($$"""[{"id":"f0001","runId":"outage-1","injectedAt":"{{Alerts.T0.AddSeconds(-5):O}}","revertedAt":null}]""");
        var attribution = new FaultAttribution(control, Microsoft.Extensions.Logging.Abstractions.NullLogger<FaultAttribution>.Instance);

        var attributed = await attribution.AttributeAsync([Firing], CancellationToken.None);

        Assert.Equal(2, control.Calls);
        Assert.Equal("outage-1", attributed.Single().ScenarioRunId);
    }

    /// The control API's fault list, failing its first request as a busy AppHost does.
    private sealed class FlakyControl(string faults) : IHttpClientFactory
    {
        public int Calls { get; private set; }

        public HttpClient CreateClient(string name) => new(new Handler(this, faults)) { BaseAddress = new Uri("http://control/") };

        private sealed class Handler(FlakyControl owner, string faults) : HttpMessageHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
                ++owner.Calls == 1
                    ? throw new HttpRequestException("connection reset")
                    : Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK)
                    {
                        Content = new StringContent(faults, System.Text.Encoding.UTF8, "application/json"),
                    });
        }
    }

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
