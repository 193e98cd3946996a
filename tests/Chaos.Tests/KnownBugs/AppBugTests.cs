using GameDay.Chaos.Tests.Fakes;
using GameDay.Contracts;

namespace GameDay.Chaos.Tests.KnownBugs;

/// app.latency and app.errors share one setting per scope in the service.
public sealed class AppBugTests : IAsyncLifetime
{
    private const string Target = ResourceNames.SignalGenerator;

    private readonly ChaosRig rig = new();
    private AdminListener service = null!;

    public async Task InitializeAsync()
    {
        service = await AdminListener.StartAsync();
        rig.Stack.Add(Target, service.Url);
    }

    public async Task DisposeAsync()
    {
        await rig.DisposeAsync();
        await service.DisposeAsync();
    }

    // The engine's twin check (FaultEngine.Validate) is per kind and target, but PUT /admin/chaos/{scope}
    // replaces the scope's one ChaosSetting and DELETE clears it (ServiceDefaults/Chaos/ChaosState.cs): an
    // app.errors on a scope silently ends an app.latency on it, and reverting either ends both.
    [Fact]
    public async Task TwoAppFaultsOnOneScopeDoNotUndoEachOther()
    {
        var latency = await rig.Engine.InjectAsync(Specs.Of("app.latency", Target, "latency=2s", "scope=http"), default);
        var errors = await Record.ExceptionAsync(() => rig.Engine.InjectAsync(Specs.Of("app.errors", Target, "rate=0.5", "scope=http"), default));
        if (errors is FaultValidationException) return;

        Assert.Equal(FaultStates.Active, rig.Engine.Find(latency.Id)!.State);
        var last = service.Requests[^1];
        Assert.False(last.Method == "PUT" && !last.Body.Contains("\"latencyMs\":2000", StringComparison.Ordinal),
            $"app.latency is shown active but the scope now holds only {last.Body}");
    }
}
