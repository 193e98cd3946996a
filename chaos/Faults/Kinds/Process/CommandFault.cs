namespace GameDay.Chaos.Kinds.Process;

/// A resource command as a fault (kill, stop, pause); reverting brings the resource back if nobody did.
internal sealed class CommandFault(FaultContext context, string target, string command) : IFault
{
    public Task<string> InjectAsync(CancellationToken ct) => ResourceCommands.RunAsync(context, target, command, ct);

    public Task<string> RevertAsync(CancellationToken ct) => ResourceCommands.EnsureRunningAsync(context, target, ct);
}
