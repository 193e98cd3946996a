namespace GameDay.Hosting;

/// Every change of a resource's state as it happens (Running → Finished → Running in a restart that takes half a
/// second), for watchers that must not miss one by polling: the dashboard, as Aspire's resource service streams them.
public sealed class ResourceStateChanges
{
    /// Raised on the runtime's thread, under the resource's lock: handlers must only hand the change on (queue it).
    public event Action<string, ResourceState>? Changed;

    /// A handler that throws must not break the resource's state machine: it is skipped, the others still run.
    internal void Raise(string resource, ResourceState state)
    {
        if (Changed is not { } handlers) return;
        foreach (var handler in handlers.GetInvocationList().Cast<Action<string, ResourceState>>())
        {
            try
            {
                handler(resource, state);
            }
            catch (Exception)
            {
                // the watcher's fault, not the resource's
            }
        }
    }
}
