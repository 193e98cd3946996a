using GameDay.Hosting.Proxy;

namespace GameDay.Chaos.Kinds.Network;

/// A change to the AppHost's proxy in front of the target: `apply` sets this fault's fields, `clear` unsets
/// only them, so faults of different kinds on one proxy revert independently. Live connections see it at once.
/// The faults live on the primary path: once the last one is reverted (the link repaired), traffic that an
/// operator moved to the standby path fails back to the primary, as a network team does after a repair.
internal sealed class ProxyFault(
    FaultContext context, string target, Func<ProxySettings, ProxySettings> apply, Func<ProxySettings, ProxySettings> clear) : IFault
{
    public Task<string> InjectAsync(CancellationToken ct)
    {
        var proxy = Proxy();
        proxy.Settings = apply(proxy.Settings);
        var standby = proxy.Path == ProxyPath.Standby ? " on the primary path (traffic is on the standby path)" : "";
        return Task.FromResult($"{target} proxy: {proxy.Settings.Describe()}{standby}");
    }

    public Task<string> RevertAsync(CancellationToken ct)
    {
        var proxy = Proxy();
        proxy.Settings = clear(proxy.Settings);
        var failback = proxy.Settings.IsPassThrough && proxy.Path == ProxyPath.Standby
            ? FailBack(proxy)
            : "";
        return Task.FromResult($"{target} proxy: {proxy.Settings.Describe()}{failback}");
    }

    /// The primary path is clean again: new connections take it, those on the standby path carry on undisturbed.
    private static string FailBack(TcpProxy proxy)
    {
        proxy.UsePath(ProxyPath.Primary, moveLive: false);
        return "; failed back to the primary path for new connections";
    }

    private TcpProxy Proxy() => context.Stack.Proxy(target) ?? throw new InvalidOperationException($"'{target}' has no endpoint proxy");
}
