using GameDay.IncidentResponder.Automation;
using GameDay.IncidentResponder.Model;
using Microsoft.Extensions.Logging.Abstractions;

namespace GameDay.Services.Tests.IncidentResponder;

public sealed class AutomationModeTests
{
    private static AutomationMode Mode(string initial = AutopilotOptions.Off, bool dryRun = false) =>
        new(new AutopilotOptions { Mode = initial, DryRun = dryRun }, new ManualTimeProvider(Alerts.T0), NullLogger<AutomationMode>.Instance);

    [Fact]
    public async Task WithTheModeOffNoIncidentIsQueued()
    {
        var autopilot = new Autopilot(Mode());

        await autopilot.OnIncidentChangedAsync(new IncidentChange(1, IncidentChangeKinds.Opened, "triggered", Severity.P1), CancellationToken.None);

        Assert.False(autopilot.Queue.TryRead(out _));
    }

    [Fact]
    public async Task SwitchedOnAtRunTimeTheNextIncidentIsQueuedWithTheDryRunFlagOfThatMoment()
    {
        var mode = Mode();
        var autopilot = new Autopilot(mode);

        mode.Set(AutopilotOptions.Autopilot, dryRun: true, "drill");
        await autopilot.OnIncidentChangedAsync(new IncidentChange(1, IncidentChangeKinds.Opened, "triggered", Severity.P1), CancellationToken.None);
        mode.Set(AutopilotOptions.Autopilot, dryRun: false, "drill");
        await autopilot.OnIncidentChangedAsync(new IncidentChange(2, IncidentChangeKinds.Reopened, "triggered", Severity.P1), CancellationToken.None);

        Assert.True(autopilot.Queue.TryRead(out var first));
        Assert.True(autopilot.Queue.TryRead(out var second));
        Assert.Equal((1L, true), (first!.Change.IncidentId, first.DryRun));
        Assert.Equal((2L, false), (second!.Change.IncidentId, second.DryRun));
        Assert.Equal(Alerts.T0, mode.ChangedAt);
    }

    [Fact]
    public async Task OnlyOpenedAndReopenedIncidentsAreQueued()
    {
        var autopilot = new Autopilot(Mode(AutopilotOptions.Autopilot));

        await autopilot.OnIncidentChangedAsync(new IncidentChange(1, IncidentChangeKinds.StateChanged, "resolved", Severity.P1), CancellationToken.None);

        Assert.False(autopilot.Queue.TryRead(out _));
    }

    [Fact]
    public void AnUnknownModeIsRefusedAndTheModeStaysAsItWas()
    {
        var mode = Mode(AutopilotOptions.Autopilot);

        var error = Assert.Throws<ArgumentException>(() => mode.Set("yolo", false, "someone"));

        Assert.Contains("yolo", error.Message, StringComparison.Ordinal);
        Assert.Equal(new AutomationSettings(AutopilotOptions.Autopilot, false), mode.Current);
    }
}
