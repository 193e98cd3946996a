namespace GameDay.Chaos.Kinds.Network;

/// Base of the proxy faults: the target must have an endpoint (and so a proxy).
public abstract class NetworkKind : FaultKind
{
    public override string Layer => FaultLayers.Network;

    public override string? Validate(FaultSpec spec, FaultContext context) =>
        context.Stack.Proxy(spec.Target!) is null ? $"'{spec.Target}' has no endpoint, so no proxy to degrade." : CheckParameters(spec);

    protected virtual string? CheckParameters(FaultSpec spec) => null;
}
