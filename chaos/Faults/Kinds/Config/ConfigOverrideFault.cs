using GameDay.Chaos.Kinds.Process;

namespace GameDay.Chaos.Kinds.Config;

/// Restarts the target with one setting changed (`value`) or removed (no value). Revert removes the override
/// (unless someone already restored the configuration) and restarts the target with its declared settings.
internal class ConfigOverrideFault(FaultContext context, string target, string key, string? value) : IFault
{
    protected FaultContext Context => context;

    protected string Target => target;

    private (bool Had, string? Value) previous;

    public virtual async Task<string> InjectAsync(CancellationToken ct)
    {
        var overrides = context.Stack.ConfigOverrides(target);
        previous = (overrides.ContainsKey(key), overrides.GetValueOrDefault(key));
        context.Stack.SetConfigOverride(target, key, value);
        var restarted = await ResourceCommands.RunAsync(context, target, "restart", ct);
        return $"{target} restarted with {key}{(value is null ? " removed" : $"={value}")}: {restarted}";
    }

    public virtual async Task<string> RevertAsync(CancellationToken ct)
    {
        var overrides = context.Stack.ConfigOverrides(target);
        if (!overrides.TryGetValue(key, out var current) || current != value) return $"{key} of {target} already restored";
        // Back to what was there before the fault: an earlier override, or the declared configuration.
        if (previous.Had) context.Stack.SetConfigOverride(target, key, previous.Value);
        else context.Stack.ClearConfigOverride(target, key);
        return $"{key} of {target} restored; " + await ResourceCommands.RunAsync(context, target, "restart", ct);
    }
}
