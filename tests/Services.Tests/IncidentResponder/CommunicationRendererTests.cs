using GameDay.IncidentResponder.Model;

namespace GameDay.Services.Tests.IncidentResponder;

public class CommunicationRendererTests
{
    private static readonly DateTimeOffset T = Alerts.T0;

    private static Incident Incident(Severity severity = Severity.P1, string state = IncidentStates.Triggered) => new(
        3, "service-crash/execution-engine", "execution-engine is down", "service-crash", "execution-engine", severity, state, null,
        new IncidentTimestamps(null, T, T.AddSeconds(4), ResolvedAt: state == IncidentStates.Resolved ? T.AddMinutes(2) : null),
        true, T.AddSeconds(4), 1, 0, new Classification(severity, severity, true, [], Alerts.Context(openPositions: 4)), []);

    [Fact]
    public void TheStartMessageFollowsSeed004sIncidentAlert()
    {
        var message = CommunicationRenderer.Start(Incident(), T.AddSeconds(4));

        var lines = message.Text.Split('\n');
        Assert.Equal("INCIDENT ALERT", lines[0]);
        Assert.Equal("Severity: P1", lines[1]);
        Assert.Equal("Service: GameDay trading stack (execution-engine)", lines[2]);
        Assert.Equal("Issue: execution-engine is down", lines[3]);
        Assert.StartsWith("Impact: P1 on execution-engine; trading ACTIVE, 4 open positions", lines[4]);
        Assert.Equal("Status: INVESTIGATING", lines[5]);
        Assert.Equal("ETA: next update by 2025-01-06 10:00:04 UTC", lines[6]);
        Assert.Equal("Contact: On-call Engineer", lines[7]);
        Assert.Equal("#trading-critical", message.Channel);
    }

    [Fact]
    public void MessagesCarryNoMojibake()
    {
        var message = CommunicationRenderer.Start(Incident(), T);

        Assert.All(message.Text, c => Assert.True(c < 0x80 || c == '–' || c == '→', $"unexpected character {c}"));
    }

    [Fact]
    public void TheUpdateMessageCarriesTheStatusWordOfTheState()
    {
        var message = CommunicationRenderer.Update(Incident(state: IncidentStates.Monitoring), "All alerts cleared.", "Watch.", T.AddMinutes(1));

        Assert.StartsWith("INCIDENT UPDATE\nIncident: #3 execution-engine is down\nStatus: MONITORING\nProgress: All alerts cleared.", message.Text);
        Assert.Equal("MONITORING", message.Status);
    }

    [Fact]
    public void TheResolvedMessageGivesDurationRootCauseAndPostmortem()
    {
        var message = CommunicationRenderer.Resolved(Incident(state: IncidentStates.Resolved), "unknown", "alerts cleared", T.AddMinutes(2));

        Assert.Contains("INCIDENT RESOLVED", message.Text);
        Assert.Contains("Duration: 2025-01-06 09:30:00 UTC - 2025-01-06 09:32:00 UTC (2m 00s)", message.Text);
        Assert.Contains("Root Cause: unknown", message.Text);
        Assert.Contains("/api/incidents/3/postmortem", message.Text);
    }

    [Fact]
    public void LowSeverityMessagesGoToTheAlertsChannel() =>
        Assert.Equal("#trading-alerts", CommunicationRenderer.Start(Incident(Severity.P3), T).Channel);
}
