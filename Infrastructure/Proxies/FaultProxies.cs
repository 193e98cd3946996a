using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using GameDay.Hosting.Proxy;

namespace GameDay.Infrastructure.Proxies;

/// GameDay's TCP proxies of one application, one in front of each proxied endpoint, where network faults are injected
/// (Aspire's own proxy only forwards). Planned while the model is built, listening before the first resource starts
/// (BeforeStartEvent), closed with the application.
public sealed class FaultProxies : IAsyncDisposable
{
    private readonly List<Planned> planned = [];
    private readonly Dictionary<string, TcpProxy> started = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    internal StablePorts Ports { get; } = new();

    /// The proxy in front of the resource's endpoint, once the application has started; null when it has none.
    public TcpProxy? Find(string resource)
    {
        lock (gate) return started.GetValueOrDefault(resource);
    }

    public IReadOnlyList<TcpProxy> All()
    {
        lock (gate) return [.. started.Values];
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IDistributedApplicationBuilder, FaultProxies> Applications = [];

    /// The application's proxies (created with the first proxied endpoint); the service container disposes them.
    internal static FaultProxies Of(IDistributedApplicationBuilder builder) => Applications.GetValue(builder, _ =>
    {
        var proxies = new FaultProxies();
        builder.Services.AddSingleton(_ => proxies);
        builder.Eventing.Subscribe<BeforeStartEvent>((e, _) =>
        {
            // Resolved from the container, so that it disposes them when the application stops.
            e.Services.GetRequiredService<FaultProxies>().Start(e.Services.GetService<TimeProvider>() ?? TimeProvider.System);
            return Task.CompletedTask;
        });
        return proxies;
    });

    internal void Plan(string resource, int port, int targetPort)
    {
        lock (gate)
        {
            if (planned.Any(p => p.Resource == resource))
            {
                throw new InvalidOperationException($"{resource} already has a fault proxy; GameDay proxies one endpoint per resource.");
            }
            planned.Add(new Planned(resource, port, targetPort));
        }
    }

    private void Start(TimeProvider time)
    {
        lock (gate)
        {
            foreach (var (resource, port, targetPort) in planned)
            {
                var proxy = new TcpProxy(resource, port, time) { TargetPort = targetPort };
                proxy.Start();
                started[resource] = proxy;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var proxy in All()) await proxy.DisposeAsync();
    }

    private sealed record Planned(string Resource, int Port, int TargetPort);
}
