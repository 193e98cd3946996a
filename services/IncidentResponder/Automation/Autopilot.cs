using System.Threading.Channels;

namespace GameDay.IncidentResponder.Automation;

/// The autopilot's side of the automation seam: while the mode is `autopilot` (or `trainee`), opened and re-opened
/// incidents are queued for the <see cref="AutopilotWorker"/> with the mode's dry-run (or trainee) flag; intake
/// never waits for a runbook.
public sealed class Autopilot(AutomationMode mode) : IIncidentAutomation
{
    private readonly Channel<QueuedChange> queue = Channel.CreateUnbounded<QueuedChange>(new UnboundedChannelOptions { SingleReader = true });

    public sealed record QueuedChange(IncidentChange Change, bool DryRun, bool Trainee = false);

    public ChannelReader<QueuedChange> Queue => queue.Reader;

    public Task OnIncidentChangedAsync(IncidentChange change, CancellationToken cancellationToken)
    {
        var settings = mode.Current;
        if ((settings.Executes || settings.Trains) && change.Kind is IncidentChangeKinds.Opened or IncidentChangeKinds.Reopened)
        {
            queue.Writer.TryWrite(new QueuedChange(change, settings.DryRun, settings.Trains));
        }
        return Task.CompletedTask;
    }
}
