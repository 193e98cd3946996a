using System.Threading.Channels;

namespace GameDay.IncidentResponder.Automation;

/// The autopilot's side of the automation seam: opened and re-opened incidents are queued for the
/// <see cref="AutopilotWorker"/>; intake never waits for a runbook.
public sealed class Autopilot : IIncidentAutomation
{
    private readonly Channel<IncidentChange> queue = Channel.CreateUnbounded<IncidentChange>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<IncidentChange> Queue => queue.Reader;

    public Task OnIncidentChangedAsync(IncidentChange change, CancellationToken cancellationToken)
    {
        if (change.Kind is IncidentChangeKinds.Opened or IncidentChangeKinds.Reopened) queue.Writer.TryWrite(change);
        return Task.CompletedTask;
    }
}
