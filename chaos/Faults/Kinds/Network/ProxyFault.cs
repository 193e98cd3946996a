using GameDay.Hosting.Proxy;

namespace GameDay.Chaos.Kinds.Network;

/// A change to the AppHost's proxy in front of the target: `apply` sets this fault's fields, `clear` unsets
/// only them, so faults of different kinds on one proxy revert independently. Live connections see it at once.
internal sealed class ProxyFault(
    FaultContext context, string target, Func<ProxySettings, ProxySettings> apply, Func<ProxySettings, ProxySettings> clear) : IFault
{
    public Task<string> InjectAsync(CancellationToken ct)
    {
        var proxy = Proxy();
        proxy.Settings = apply(proxy.Settings);
        return Task.FromResult($"{target} proxy: {proxy.Settings.Describe()}");
    }

    public Task<string> RevertAsync(CancellationToken ct)
    {
        var proxy = Proxy();
        proxy.Settings = clear(proxy.Settings);
        return Task.FromResult($"{target} proxy: {proxy.Settings.Describe()}");
    }

    private TcpProxy Proxy() => context.Stack.Proxy(target) ?? throw new InvalidOperationException($"'{target}' has no endpoint proxy");
}
