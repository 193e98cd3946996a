using GameDay.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace GameDay.Chaos;

/// The fault engine as a part of the AppHost: its routes on the control API, its expiry loop while the stack
/// runs, and a heal when the stack stops.
public sealed class ChaosExtension(ILoggerFactory? loggers = null) : IAppHostExtension
{
    private FaultEngine? engine;

    public FaultEngine Engine => engine ?? throw new InvalidOperationException("The chaos extension has not been mapped yet.");

    public void MapEndpoints(RouteGroupBuilder api, IStackControl stack)
    {
        engine ??= new FaultEngine(FaultKinds.Catalog(), new FaultContext(stack),
            (loggers ?? Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance).CreateLogger("chaos"));
        FaultEndpoints.Map(api, engine);
    }

    public Task StartAsync(IStackControl stack, CancellationToken ct)
    {
        Engine.Start();
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken ct)
    {
        if (engine is not null) await engine.DisposeAsync();
    }
}
