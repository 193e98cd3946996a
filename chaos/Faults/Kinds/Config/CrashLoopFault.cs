using GameDay.Hosting;

namespace GameDay.Chaos.Kinds.Config;

/// A broken setting plus a restart policy (what Docker's `restart: always` or Kubernetes does): whenever the
/// target has exited, it is started again after `backoff`, so its restart count climbs until the configuration
/// is restored (by the responder, an operator, or this fault's revert).
internal sealed class CrashLoopFault(FaultContext context, string target, string key, string? value, TimeSpan backoff)
    : ConfigOverrideFault(context, target, key, value)
{
    private readonly CancellationTokenSource stop = new();
    private Task? supervisor;

    public override async Task<string> InjectAsync(CancellationToken ct)
    {
        var detail = await base.InjectAsync(ct);
        supervisor = SuperviseAsync(stop.Token);
        return detail + $"; restarted every {backoff.TotalSeconds:0.#} s while it exits";
    }

    public override async Task<string> RevertAsync(CancellationToken ct)
    {
        await stop.CancelAsync();
        if (supervisor is not null) await supervisor.ContinueWith(_ => { }, TaskScheduler.Default);
        return await base.RevertAsync(ct);
    }

    private async Task SuperviseAsync(CancellationToken ct)
    {
        try
        {
            while (!ct.IsCancellationRequested)
            {
                await Task.Delay(backoff, Context.Time, ct);
                var state = Context.Stack.Snapshots().First(s => s.Name == Target).State;
                if (state is ResourceState.Exited or ResourceState.Finished or ResourceState.FailedToStart)
                {
                    await Context.Stack.ExecuteCommandAsync(Target, "start", ct);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Reverted.
        }
    }
}
